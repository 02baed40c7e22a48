"""The match-making API's objects: what each endpoint reads and returns. Both languages of
every bilingual field (``*_en``, ``*_zh``), times in the event's time zone."""

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Schema
from pydantic import StringConstraints, model_validator

from tradebridge.directory.models import Organization
from tradebridge.http.schemas import READ_ERRORS, ErrorOut, Id, Slug, Translated

from ..contacts import contact_organizations
from ..models import (
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
)

# Primary keys and slugs as the database can hold them: a larger number or a NUL byte would be
# a database error (PostgreSQL), not a 404.
Clock = Annotated[str, StringConstraints(pattern=r"^([01]?\d|2[0-3]):[0-5]\d$")]
# Text without NUL bytes (PostgreSQL refuses them in text columns).
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]
AUTH_ERRORS: dict[int, type[Schema]] = {401: ErrorOut, **READ_ERRORS}
WRITE_ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    409: ErrorOut,
    **READ_ERRORS,
}


class StrictInput(Schema):
    """A request body: a JSON object (ninja's schemas read attributes of anything, so that a
    list would otherwise pass as an object with every field left out)."""

    @model_validator(mode="before")
    @classmethod
    def _an_object(cls, value: Any) -> Any:
        # ninja hands its validators the body wrapped in a DjangoGetter.
        if not isinstance(getattr(value, "_obj", value), dict):
            raise ValueError("a JSON object is expected")
        return value


def local(moment: dt.datetime | None, session: Session) -> dt.datetime | None:
    return moment.astimezone(session.event.zone) if moment else None


class MatchmakingEventOut(Schema):
    slug: str
    title_en: Translated
    title_zh: Translated = Field(..., alias="title_zh_hans")
    venue_en: Translated
    venue_zh: Translated = Field(..., alias="venue_zh_hans")
    starts_on: dt.date
    ends_on: dt.date
    time_zone: str


class SessionOut(Schema):
    id: int
    event: str = Field(..., description="the event's slug")
    title_en: Translated
    title_zh: Translated = Field(..., alias="title_zh_hans")
    location_en: Translated
    location_zh: Translated = Field(..., alias="location_zh_hans")
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
    name_en: Translated = Field(..., alias="organization.name_en")
    name_zh: Translated = Field(..., alias="organization.name_zh_hans")

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


# --- participants, contacts -----------------------------------------------------------------


class ContactOut(Schema):
    name: str
    email: str
    phone: str


def _contacts(organization: Organization, context: Any) -> ContactOut | None:
    """The organization's contacts if the caller sees them (its own, staff, or a confirmed
    meeting between them: a request only pending shows none). One query per API call."""
    request: HttpRequest = context["request"]
    cache: dict[str, frozenset[int] | None] = request.__dict__.setdefault(
        "_matchmaking_contacts", {}
    )
    if "visible" not in cache:
        cache["visible"] = contact_organizations(request.user)
    visible = cache["visible"]
    if visible is not None and organization.pk not in visible:
        return None
    return ContactOut(
        name=organization.contact_name,
        email=organization.contact_email,
        phone=organization.contact_phone,
    )


class ParticipantRef(Schema):
    """A participant of a session: its organization, with its contacts when the caller may
    see them (``null`` otherwise)."""

    id: int = Field(..., description="the participant's id (as in the session's list)")
    organization: str = Field(..., description="the organization's slug")
    name_en: Translated = Field(..., alias="organization.name_en")
    name_zh: Translated = Field(..., alias="organization.name_zh_hans")
    side: str
    contacts: ContactOut | None = Field(
        None, description="seen by its own people, staff, and after a confirmed meeting"
    )

    @staticmethod
    def resolve_organization(obj: Participant) -> str:
        return obj.organization.slug

    @staticmethod
    def resolve_side(obj: Participant) -> str:
        return obj.organization.side

    @staticmethod
    def resolve_contacts(obj: Participant, context: Any) -> ContactOut | None:
        return _contacts(obj.organization, context)


class ParticipantOut(ParticipantRef):
    session: int
    status: Literal["invited", "registered", "cancelled"]
    languages: list[str]
    attendee_count: int

    @staticmethod
    def resolve_session(obj: Participant) -> int:
        return obj.session_id


class ParticipantIn(StrictInput):
    organization: Slug = Field(..., description="the organization's slug (one you represent)")
    invited: bool = Field(False, description="staff: invite rather than register")


class ParticipantFilters(Schema):
    organization: Slug | None = Field(None, description="only this organization (its slug)")
    side: Literal["CN", "US"] | None = Field(None, description="only this side")
    status: Literal["invited", "registered", "cancelled"] | None = Field(
        None, description="staff: only this status (others see invited and registered ones)"
    )


class SlotOut(Schema):
    id: int
    index: int
    starts_at: dt.datetime = Field(..., description="in the event's time zone")
    ends_at: dt.datetime
    unavailable: bool = Field(..., description="the participant cannot meet in this slot")


class AvailabilityOut(Schema):
    participant: int
    slots: list[SlotOut] = Field(..., description="the session's slots in use")
    unavailable: list[int] = Field(..., description="ids of the slots it cannot meet in")
    attendees: list[str] = Field(..., description="e-mail addresses of the people attending")
    attendee_count: int
    languages: list[str]


def availability_out(participant: Participant, slots: list[Slot]) -> AvailabilityOut:
    zone = participant.session.event.zone
    unavailable = {s.pk for s in participant.unavailable.all()}
    return AvailabilityOut(
        participant=participant.pk,
        slots=[
            SlotOut(
                id=s.pk,
                index=s.index,
                starts_at=s.starts_at.astimezone(zone),
                ends_at=s.ends_at.astimezone(zone),
                unavailable=s.pk in unavailable,
            )
            for s in slots
        ],
        unavailable=sorted(unavailable),
        attendees=sorted(u.email for u in participant.attendees.all()),
        attendee_count=participant.attendee_count,
        languages=list(participant.languages),
    )


class AvailabilityIn(StrictInput):
    """What to change; a field left out keeps its value."""

    unavailable: list[Id] | None = Field(
        None, max_length=96, description="ids of the slots it cannot meet in (replaces them)"
    )
    attendees: list[Annotated[str, StringConstraints(max_length=254)]] | None = Field(
        None, max_length=5, description="e-mail addresses of representatives who attend"
    )
    attendee_count: int | None = Field(None, ge=1, le=5)
    languages: list[Literal["zh", "en"]] | None = Field(None, min_length=1, max_length=2)


# --- sessions ---------------------------------------------------------------------------------


class PauseIn(StrictInput):
    start: Clock
    end: Clock


class SessionIn(StrictInput):
    event: Slug = Field(..., description="the event's slug")
    title_en: Text = Field("", max_length=200)
    title_zh: Text = Field("", max_length=200)
    location_en: Text = Field("", max_length=200)
    location_zh: Text = Field("", max_length=200)
    date: dt.date
    start: Clock = Field(..., description="HH:MM in the event's time zone")
    end: Clock
    slot_minutes: int = Field(15, ge=5, le=240)
    pauses: list[PauseIn] = Field([], max_length=20)
    tables: int | list[Annotated[str, StringConstraints(max_length=40)]] = Field(
        50, description="how many tables, or their names"
    )
    max_requests: int = Field(15, ge=1, le=200)
    request_deadline: dt.datetime | None = Field(
        None, description="with an offset; without one, in the event's time zone"
    )
    registration_open: bool = True
    fairness: int | None = Field(2, ge=0, le=96)


class SessionPatch(StrictInput):
    """What to change; a field left out keeps its value. Hours, slots and tables are fixed
    once the session exists."""

    title_en: Text | None = Field(None, max_length=200)
    title_zh: Text | None = Field(None, max_length=200)
    location_en: Text | None = Field(None, max_length=200)
    location_zh: Text | None = Field(None, max_length=200)
    request_deadline: dt.datetime | None = None
    max_requests: int | None = Field(None, ge=1, le=200)
    registration_open: bool | None = None
    fairness: int | None = Field(None, ge=0, le=96)
    status: Literal["draft", "open", "closed"] | None = Field(
        None, description="publishing is done by publishing a run"
    )


# --- requests ---------------------------------------------------------------------------------


class RequestOut(Schema):
    id: int
    session: int
    requester: ParticipantRef
    recipient: ParticipantRef
    priority: int = Field(..., description="1 would be useful, 2 important, 3 essential")
    message: str
    status: Literal["pending", "accepted", "declined", "withdrawn"]
    meeting: int | None = Field(None, description="the confirmed meeting, once accepted")
    created_at: dt.datetime = Field(..., description="in the event's time zone")
    answered_at: dt.datetime | None

    @staticmethod
    def resolve_session(obj: MeetingRequest) -> int:
        return obj.session_id

    @staticmethod
    def resolve_meeting(obj: MeetingRequest) -> int | None:
        return getattr(obj, "pair_meeting_id", None)

    @staticmethod
    def resolve_created_at(obj: MeetingRequest) -> dt.datetime | None:
        return local(obj.created_at, obj.session)

    @staticmethod
    def resolve_answered_at(obj: MeetingRequest) -> dt.datetime | None:
        return local(obj.answered_at, obj.session)


class RequestIn(StrictInput):
    recipient: Id = Field(..., description="the participant to meet (its id in the session)")
    priority: Literal[1, 2, 3] = Field(2, description="1 would be useful, 2 important, 3 essential")
    message: Text = Field("", max_length=500, description="what you would like to discuss")
    requester: Id | None = Field(
        None,
        description="your participant in the session (needed only if you represent two "
        "participating organizations, or for staff)",
    )


class RequestFilters(Schema):
    session: Id | None = Field(None, description="only this session's requests")
    box: Literal["sent", "received"] | None = Field(
        None, description="only those sent, or received"
    )
    status: Literal["pending", "accepted", "declined", "withdrawn"] | None = None


# --- meetings, schedule, outcomes --------------------------------------------------------------


class MeetingOut(Schema):
    id: int
    session: int
    first: ParticipantRef
    second: ParticipantRef
    priority: int
    required: bool = Field(..., description="forced by the organizer")
    mutual: bool = Field(..., description="both sides asked for it")
    origin: Literal["request", "organizer", "walk-in"]
    status: Literal["confirmed", "cancelled"]
    created_at: dt.datetime

    @staticmethod
    def resolve_session(obj: Meeting) -> int:
        return obj.session_id

    @staticmethod
    def resolve_created_at(obj: Meeting) -> dt.datetime | None:
        return local(obj.created_at, obj.session)


class MeetingIn(StrictInput):
    session: Id
    first: Id = Field(..., description="a participant's id")
    second: Id = Field(..., description="another participant's id")
    priority: int = Field(3, ge=1, le=9)
    required: bool = Field(False, description="the scheduler must place it")
    walk_in: bool = Field(False, description="added on the day")


class MeetingFilters(Schema):
    session: Id | None = Field(None, description="only this session's meetings")
    status: Literal["confirmed", "cancelled"] | None = None


class RunOut(Schema):
    id: int
    session: int
    kind: Literal["draft", "reschedule"]
    status: Literal["queued", "running", "done", "failed", "cancelled"]
    published: bool = Field(..., description="the session's published schedule")
    time_limit: int
    placed: int | None = Field(None, description="meetings placed, once done")
    unplaced: int | None = Field(None, description="meetings left out, once done")
    created_at: dt.datetime
    finished_at: dt.datetime | None
    published_at: dt.datetime | None

    @staticmethod
    def resolve_session(obj: ScheduleRun) -> int:
        return obj.session_id

    @staticmethod
    def resolve_published(obj: ScheduleRun) -> bool:
        return obj.session.published_run_id == obj.pk

    @staticmethod
    def resolve_placed(obj: ScheduleRun) -> int | None:
        return getattr(obj, "placed", None) if obj.status == ScheduleRun.Status.DONE else None

    @staticmethod
    def resolve_unplaced(obj: ScheduleRun) -> int | None:
        if obj.status != ScheduleRun.Status.DONE:
            return None
        unscheduled = (obj.result or {}).get("unscheduled") or []
        return len(unscheduled) if isinstance(unscheduled, list | dict) else None

    @staticmethod
    def resolve_created_at(obj: ScheduleRun) -> dt.datetime | None:
        return local(obj.created_at, obj.session)

    @staticmethod
    def resolve_finished_at(obj: ScheduleRun) -> dt.datetime | None:
        return local(obj.finished_at, obj.session)

    @staticmethod
    def resolve_published_at(obj: ScheduleRun) -> dt.datetime | None:
        return local(obj.published_at, obj.session)


class ScheduledMeetingOut(Schema):
    meeting: int
    starts_at: dt.datetime = Field(..., description="in the event's time zone")
    ends_at: dt.datetime
    table: str
    interpreter: str | None
    first: ParticipantRef
    second: ParticipantRef

    @staticmethod
    def resolve_meeting(obj: Placement) -> int:
        return obj.meeting_id

    @staticmethod
    def resolve_starts_at(obj: Placement) -> dt.datetime | None:
        return local(obj.slot.starts_at, obj.meeting.session)

    @staticmethod
    def resolve_ends_at(obj: Placement) -> dt.datetime | None:
        return local(obj.slot.ends_at, obj.meeting.session)

    @staticmethod
    def resolve_table(obj: Placement) -> str:
        return str(obj.table)

    @staticmethod
    def resolve_interpreter(obj: Placement) -> str | None:
        return obj.interpreter.name if obj.interpreter else None

    @staticmethod
    def resolve_first(obj: Placement) -> Participant:
        return obj.meeting.first

    @staticmethod
    def resolve_second(obj: Placement) -> Participant:
        return obj.meeting.second


class OutcomeOut(Schema):
    id: int
    meeting: int
    participant: int = Field(..., description="the participant that reported it")
    held: bool
    interest: int = Field(..., description="0 none, 1 some, 2 strong")
    next_step: Literal["none", "follow-up", "visit", "proposal", "agreement"]
    notes: str
    updated_at: dt.datetime

    @staticmethod
    def resolve_meeting(obj: MeetingOutcome) -> int:
        return obj.meeting_id

    @staticmethod
    def resolve_participant(obj: MeetingOutcome) -> int:
        return obj.participant_id

    @staticmethod
    def resolve_updated_at(obj: MeetingOutcome) -> dt.datetime | None:
        return local(obj.updated_at, obj.meeting.session)


class OutcomeIn(StrictInput):
    meeting: Id
    held: bool = True
    interest: Literal[0, 1, 2] = Field(1, description="0 none, 1 some, 2 strong")
    next_step: Literal["none", "follow-up", "visit", "proposal", "agreement"] = "none"
    notes: Text = Field("", max_length=5000)
    participant: Id | None = Field(
        None, description="your side of the meeting (only if you represent both)"
    )


class OutcomeFilters(Schema):
    session: Id | None = Field(None, description="only this session's outcomes")


class SessionFilters(Schema):
    event: Slug | None = Field(None, description="only the sessions of this event (its slug)")


class AgendaFilters(Schema):
    session: Id | None = Field(None, description="only this session's meetings")
