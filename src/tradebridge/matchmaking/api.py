"""Match-making endpoints: public events and sessions; a signed-in representative's agenda
(the meetings of the published schedules of its sessions). Read-only."""

import datetime as dt
from typing import Annotated

from django.db.models import BooleanField, Case, Count, F, Q, QuerySet, Value, When
from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import StringConstraints

from tradebridge import scopes
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.errors import NotFound
from tradebridge.events.models import Event
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, ErrorOut

from . import rules
from .models import Meeting, Participant, Placement, Session

router = Router(tags=["match-making"])

# Primary keys and slugs as the database can hold them: a larger number or a NUL byte would be
# a database error (PostgreSQL), not a 404.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,80}$")]
AUTH_ERRORS: dict[int, type[Schema]] = {401: ErrorOut, **READ_ERRORS}


class EventOut(Schema):
    slug: str
    title_en: str
    title_zh: str
    venue_en: str
    venue_zh: str
    starts_on: dt.date
    ends_on: dt.date
    time_zone: str

    @staticmethod
    def resolve_title_en(obj: Event) -> str:
        return obj.title_en or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_title_zh(obj: Event) -> str:
        return obj.title_zh_hans or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_venue_en(obj: Event) -> str:
        return obj.venue_en or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_venue_zh(obj: Event) -> str:
        return obj.venue_zh_hans or ""  # type: ignore[attr-defined]


class SessionOut(Schema):
    id: int
    event: str = Field(..., description="the event's slug")
    title_en: str
    title_zh: str
    location_en: str
    location_zh: str
    starts_at: dt.datetime = Field(..., description="in the event's time zone")
    ends_at: dt.datetime
    slot_minutes: int
    slots: int = Field(..., description="time slots in use")
    tables: int = Field(..., description="tables in use")
    max_requests: int
    request_deadline: dt.datetime | None
    status: str
    published: bool = Field(..., description="whether a schedule is published")

    @staticmethod
    def resolve_event(obj: Session) -> str:
        return obj.event.slug

    @staticmethod
    def resolve_title_en(obj: Session) -> str:
        return obj.title_en or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_title_zh(obj: Session) -> str:
        return obj.title_zh_hans or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_location_en(obj: Session) -> str:
        return obj.location_en or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_location_zh(obj: Session) -> str:
        return obj.location_zh_hans or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_starts_at(obj: Session) -> dt.datetime:
        return obj.starts_at.astimezone(obj.event.zone)

    @staticmethod
    def resolve_ends_at(obj: Session) -> dt.datetime:
        return obj.ends_at.astimezone(obj.event.zone)

    @staticmethod
    def resolve_request_deadline(obj: Session) -> dt.datetime | None:
        deadline = obj.request_deadline
        return deadline.astimezone(obj.event.zone) if deadline else None

    @staticmethod
    def resolve_slots(obj: Session) -> int:
        return obj.slots_in_use  # type: ignore[attr-defined, no-any-return]

    @staticmethod
    def resolve_tables(obj: Session) -> int:
        return obj.tables_in_use  # type: ignore[attr-defined, no-any-return]

    @staticmethod
    def resolve_published(obj: Session) -> bool:
        return obj.published_run_id is not None


class OrganizationRef(Schema):
    slug: str
    name_en: str
    name_zh: str

    @staticmethod
    def resolve_name_en(obj: Participant) -> str:
        return obj.organization.name_en or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_name_zh(obj: Participant) -> str:
        return obj.organization.name_zh_hans or ""  # type: ignore[attr-defined]

    @staticmethod
    def resolve_slug(obj: Participant) -> str:
        return obj.organization.slug


class AgendaItemOut(Schema):
    session: int
    meeting: int
    starts_at: dt.datetime = Field(..., description="in the event's time zone")
    ends_at: dt.datetime
    table: str
    interpreter: str | None
    organization: OrganizationRef = Field(..., description="the reader's organization")
    partner: OrganizationRef
    mutual: bool = Field(..., description="both sides asked for the meeting")

    @staticmethod
    def resolve_session(obj: Placement) -> int:
        return obj.meeting.session_id

    @staticmethod
    def resolve_meeting(obj: Placement) -> int:
        return obj.meeting_id

    @staticmethod
    def resolve_starts_at(obj: Placement) -> dt.datetime:
        return obj.slot.starts_at.astimezone(obj.meeting.session.event.zone)

    @staticmethod
    def resolve_ends_at(obj: Placement) -> dt.datetime:
        return obj.slot.ends_at.astimezone(obj.meeting.session.event.zone)

    @staticmethod
    def resolve_table(obj: Placement) -> str:
        return str(obj.table)

    @staticmethod
    def resolve_interpreter(obj: Placement) -> str | None:
        return obj.interpreter.name if obj.interpreter else None

    @staticmethod
    def resolve_organization(obj: Placement) -> Participant:
        meeting = obj.meeting
        return meeting.first if obj.mine_first else meeting.second  # type: ignore[attr-defined]

    @staticmethod
    def resolve_partner(obj: Placement) -> Participant:
        meeting = obj.meeting
        return meeting.second if obj.mine_first else meeting.first  # type: ignore[attr-defined]

    @staticmethod
    def resolve_mutual(obj: Placement) -> bool:
        return obj.meeting.mutual


class SessionFilters(Schema):
    event: Slug | None = Field(None, description="only the sessions of this event (its slug)")


class AgendaFilters(Schema):
    session: Id | None = Field(None, description="only this session's meetings")


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


@router.get("/events", response={200: list[EventOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_events(request: HttpRequest):  # type: ignore[no-untyped-def]
    """Public events, the latest first."""
    return _visible_events(request.user)


@router.get("/events/{slug}", response={200: EventOut, **READ_ERRORS})
def get_event(request: HttpRequest, slug: Path[Slug]) -> Event:
    """One public event."""
    event = _visible_events(request.user).filter(slug=slug).first()
    if event is None:
        raise NotFound()
    return event


@router.get("/sessions", response={200: list[SessionOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_sessions(request: HttpRequest, filters: Query[SessionFilters]):  # type: ignore[no-untyped-def]
    """Match-making sessions of listed events (once out of preparation), and those the
    signed-in reader's organizations take part in; in time order."""
    sessions = _visible_sessions(request.user)
    return sessions.filter(event__slug=filters.event) if filters.event else sessions


@router.get("/sessions/{session_id}", response={200: SessionOut, **READ_ERRORS})
def get_session(request: HttpRequest, session_id: Path[Id]) -> Session:
    """One match-making session."""
    session = _visible_sessions(request.user).filter(pk=session_id).first()
    if session is None:
        raise NotFound()
    return session


@router.get("/agenda", response={200: list[AgendaItemOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def my_agenda(request: HttpRequest, filters: Query[AgendaFilters]):  # type: ignore[no-untyped-def]
    """The signed-in representative's meetings in the published schedules of its sessions, in
    time order (empty until a schedule is published). Sign in on the site first: the API uses
    the site's session cookie."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    mine = list(
        Participant.objects.filter(organization__representatives__user=user)
        .exclude(status=Participant.Status.CANCELLED)
        .values_list("pk", flat=True)
    )
    placements = (
        Placement.objects.filter(
            Q(meeting__first_id__in=mine) | Q(meeting__second_id__in=mine),
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
