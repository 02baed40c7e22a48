"""Events endpoints: events (list, detail with co-hosts; created and changed by staff) and
their programme (rooms, speakers, agenda items; the programme as JSON and as ICS) in both
languages, times in ISO 8601 with the offset of the event's time zone at that moment.

What a caller may see follows the web pages' rules: a listed event and its programme are
public, an unlisted one is for staff and its guests (``rules.can_view_event``, ``guests``);
outsiders get 404. Writes are the secretariat's (``rules.can_manage_events``,
``can_edit_programme``, ``can_manage_speakers``) through the same services as the pages. A
token limited to one event sees nothing of the others."""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Generic, Literal, TypeVar

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StringConstraints

from tradebridge import scopes
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import (
    READ_ERRORS,
    Id,
    IsoDate,
    IsoDateTime,
    Slug,
    check_planning_years,
)
from tradebridge.timezones import ZONES

from . import documents, rules
from .models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Room, Speaker
from .selectors import cohosts_of, events_visible_to, programme_document, programme_items
from .services import (
    AgendaItemInput,
    EventInput,
    RoomInput,
    SpeakerInput,
    SpeakerRole,
    agenda_item_create,
    agenda_item_delete,
    agenda_item_update,
    event_create,
    event_update,
    room_create,
    room_delete,
    room_update,
    speaker_create,
    speaker_delete,
    speaker_update,
)

router = Router(tags=["events"])


def _en(obj: object, name: str) -> str:
    return str(getattr(obj, f"{name}_en", "") or "")


def _zh(obj: object, name: str) -> str:
    return str(getattr(obj, f"{name}_zh_hans", "") or "")


class RoomOut(Schema):
    id: int
    name_en: str
    name_zh: str
    capacity: int | None = Field(..., description="seats; null when unlimited")

    @classmethod
    def of(cls, room: Room) -> "RoomOut":
        return cls(
            id=room.pk, name_en=_en(room, "name"), name_zh=_zh(room, "name"), capacity=room.capacity
        )


class SpeakerOut(Schema):
    id: int
    role: str = Field(..., description="speaker, moderator or panellist")
    name_en: str
    name_zh: str
    title_en: str
    title_zh: str
    affiliation_en: str = Field(..., description="free text, else the organization's name")
    affiliation_zh: str
    organization: str | None = Field(..., description="the directory organization's slug")

    @classmethod
    def of(cls, part: AgendaItemSpeaker) -> "SpeakerOut":
        speaker, organization = part.speaker, part.speaker.organization
        return cls(
            id=speaker.pk,
            role=part.role,
            name_en=_en(speaker, "name"),
            name_zh=_zh(speaker, "name"),
            title_en=_en(speaker, "title"),
            title_zh=_zh(speaker, "title"),
            affiliation_en=_en(speaker, "affiliation") or _en(organization, "name"),
            affiliation_zh=_zh(speaker, "affiliation") or _zh(organization, "name"),
            organization=organization.slug if organization else None,
        )


class ItemOut(Schema):
    id: int
    kind: str
    title_en: str
    title_zh: str
    topic_en: str
    topic_zh: str
    description_en: str
    description_zh: str
    starts_at: dt.datetime = Field(..., description="with the event's UTC offset at that time")
    ends_at: dt.datetime
    day: dt.date = Field(..., description="the item's day in the event's time zone")
    room: RoomOut | None
    capacity: int | None = Field(..., description="the item's own seats, if set")
    seat_limit: int | None = Field(..., description="its seats, else its room's; null: no limit")
    speakers: list[SpeakerOut] = Field(..., description="in the programme's order")

    @classmethod
    def of(cls, item: AgendaItem, event: Event) -> "ItemOut":
        zone = event.zone
        starts_at = item.starts_at.astimezone(zone)
        return cls(
            id=item.pk,
            kind=item.kind,
            title_en=_en(item, "title"),
            title_zh=_zh(item, "title"),
            topic_en=_en(item, "topic"),
            topic_zh=_zh(item, "topic"),
            description_en=_en(item, "description"),
            description_zh=_zh(item, "description"),
            starts_at=starts_at,
            ends_at=item.ends_at.astimezone(zone),
            day=starts_at.date(),
            room=RoomOut.of(item.room) if item.room else None,
            capacity=item.capacity,
            seat_limit=item.seat_limit,
            speakers=[SpeakerOut.of(part) for part in item.roles.all()],
        )


class CoHostOut(Schema):
    organization: str = Field(..., description="the directory organization's slug")
    name_en: str
    name_zh: str
    role_en: str
    role_zh: str

    @classmethod
    def of(cls, host: CoHost) -> "CoHostOut":
        return cls(
            organization=host.organization.slug,
            name_en=_en(host.organization, "name"),
            name_zh=_zh(host.organization, "name"),
            role_en=_en(host, "role"),
            role_zh=_zh(host, "role"),
        )


class ProgrammeOut(Schema):
    event: str = Field(..., description="the event's slug")
    title_en: str
    title_zh: str
    starts_on: dt.date
    ends_on: dt.date
    time_zone: str = Field(..., description="IANA name, e.g. America/Los_Angeles")
    time_zone_en: str = Field(..., description="the zone as people name it")
    time_zone_zh: str
    cohosts: list[CoHostOut]
    rooms: list[RoomOut]
    items: list[ItemOut] = Field(..., description="in time order")


def _zone_names(name: str) -> tuple[str, str]:
    label = ZONES.get(name)
    if label is None:
        return name, name
    with translation.override("en"):
        en = str(label)
    with translation.override("zh-hans"):
        zh = str(label)
    return en, zh


# Text in requests: no NUL byte (PostgreSQL refuses them in text).
Line = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=300)]
LongText = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=20000)]


Seats = Annotated[int, Field(ge=1, le=2**31 - 1)]
ZoneName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$")]

T = TypeVar("T")
Out = TypeVar("Out")


class _Shaped(Generic[T, Out]):
    """A queryset read a page at a time and each row shaped by ``shape`` (the paginator
    slices it and counts it): for outputs that need more than the row (the event's zone)."""

    def __init__(self, rows: QuerySet[Any], shape: Callable[[Any], Out]) -> None:
        self.rows, self.shape = rows, shape

    def all(self) -> "_Shaped[T, Out]":
        return self

    def count(self) -> int:
        return self.rows.count()

    def __getitem__(self, page: slice) -> list[Out]:
        return [self.shape(row) for row in self.rows[page]]


def _in_range(values: dict[str, Any], *names: str) -> None:
    check_planning_years({name: values.get(name) for name in names})


# Events.


class EventOut(Schema):
    slug: str
    title_en: str
    title_zh: str
    venue_en: str
    venue_zh: str
    description_en: str
    description_zh: str
    starts_on: dt.date
    ends_on: dt.date
    time_zone: str = Field(..., description="IANA name, e.g. America/Los_Angeles")
    time_zone_en: str = Field(..., description="the zone as people name it")
    time_zone_zh: str
    is_public: bool = Field(..., description="listed publicly (else seen by staff and guests)")
    cohosts: list[CoHostOut] = Field(..., description="in the event page's order")
    created_at: dt.datetime = Field(..., description="with the event's UTC offset")

    @classmethod
    def of(cls, event: Event) -> "EventOut":
        zone_en, zone_zh = _zone_names(event.time_zone)
        return cls(
            slug=event.slug,
            title_en=_en(event, "title"),
            title_zh=_zh(event, "title"),
            venue_en=_en(event, "venue"),
            venue_zh=_zh(event, "venue"),
            description_en=_en(event, "description"),
            description_zh=_zh(event, "description"),
            starts_on=event.starts_on,
            ends_on=event.ends_on,
            time_zone=event.time_zone,
            time_zone_en=zone_en,
            time_zone_zh=zone_zh,
            is_public=event.is_public,
            cohosts=[CoHostOut.of(host) for host in event.cohosts.all()],
            created_at=event.created_at.astimezone(event.zone),
        )


class EventFilters(Schema):
    ends_after: IsoDate | None = Field(
        None, description="only events whose last day is on or after this day"
    )
    starts_before: IsoDate | None = Field(
        None, description="only events whose first day is on or before this day"
    )
    ordering: Literal["starts_on", "-starts_on"] = Field(
        "-starts_on", description="by first day (the newest first by default)"
    )


def _with_cohosts(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.prefetch_related(
        Prefetch(
            "cohosts",
            queryset=CoHost.objects.select_related("organization").order_by("position", "pk"),
        )
    )


@router.get("/", response={200: list[EventOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_events(request: HttpRequest, filters: Query[EventFilters]):  # type: ignore[no-untyped-def]
    """The events the caller may see, as the events page lists them: the listed ones, those
    the caller is a guest of, all of them for staff. Anyone may call it (scope `events:read`
    with a token; a token limited to one event lists that one only)."""
    user = scopes.require(request, "events:read")
    events = events_visible_to(user)
    if (only := scopes.token_event_id(request)) is not None:
        events = events.filter(pk=only)
    if filters.ends_after is not None:
        events = events.filter(ends_on__gte=filters.ends_after)
    if filters.starts_before is not None:
        events = events.filter(starts_on__lte=filters.starts_before)
    events = _with_cohosts(events).order_by(filters.ordering, "slug")
    return _Shaped(events, EventOut.of)


def _not_event_limited(request: HttpRequest) -> None:
    """What concerns no one event (a new event, the speakers all events share) is out of
    reach of a token limited to one event."""
    if scopes.token_event_id(request) is not None:
        raise NotAllowed(
            "This token is limited to one event: it cannot act beyond it.",
            code="event_limited",
        )


def _event(request: HttpRequest, slug: str, scope: str) -> tuple[Any, Event]:
    """The event of ``slug`` if the caller may see it (and use ``scope`` on it), else 404."""
    user = scopes.require(request, scope)
    event = _with_cohosts(Event.objects.filter(slug=slug)).first()
    if event is None or not rules.can_view_event(user, event):
        raise NotFound("No such event.")
    scopes.require(request, scope, event_id=event.pk)
    return user, event


class EventIn(Schema):
    title_en: Line = ""
    title_zh: Line = ""
    venue_en: Line = ""
    venue_zh: Line = ""
    description_en: LongText = ""
    description_zh: LongText = ""
    starts_on: IsoDate
    ends_on: IsoDate
    time_zone: ZoneName = Field("Asia/Shanghai", description="IANA name")
    is_public: bool = True


class EventCreateIn(EventIn):
    slug: Annotated[str, StringConstraints(pattern=r"^[-a-z0-9]{0,70}$")] = Field(
        "", description="made from the English title when empty"
    )


class EventPatch(EventIn):
    starts_on: IsoDate | None = None  # type: ignore[assignment]
    ends_on: IsoDate | None = None  # type: ignore[assignment]
    time_zone: ZoneName | None = None  # type: ignore[assignment]
    is_public: bool | None = None  # type: ignore[assignment]


def _event_input(values: dict[str, Any], slug: str = "") -> EventInput:
    _in_range(values, "starts_on", "ends_on")
    return EventInput(
        title={"en": values["title_en"], "zh_hans": values["title_zh"]},
        venue={"en": values["venue_en"], "zh_hans": values["venue_zh"]},
        description={"en": values["description_en"], "zh_hans": values["description_zh"]},
        starts_on=values["starts_on"],
        ends_on=values["ends_on"],
        time_zone=values["time_zone"],
        is_public=values["is_public"],
        slug=slug,
    )


def _current(event: Event) -> dict[str, Any]:
    out = EventOut.of(event)
    return {name: getattr(out, name) for name in EventIn.model_fields}


@router.post("/", response={201: EventOut})
def create_event(request: HttpRequest, data: EventCreateIn) -> Status[EventOut]:
    """Create an event. Staff only (scope `events:write`; not with a token limited to one
    event)."""
    user = scopes.require(request, "events:write")
    _not_event_limited(request)
    if not rules.can_manage_events(user):
        raise NotAllowed()
    event = event_create(actor=user, data=_event_input(data.model_dump(), data.slug))
    return Status(201, EventOut.of(_with_cohosts(Event.objects.filter(pk=event.pk)).get()))


class SpeakerDetailOut(Schema):
    id: int
    name_en: str
    name_zh: str
    title_en: str
    title_zh: str
    affiliation_en: str = Field(..., description="free text (see also organization)")
    affiliation_zh: str
    organization: str | None = Field(..., description="the directory organization's slug")

    @classmethod
    def of(cls, speaker: Speaker) -> "SpeakerDetailOut":
        return cls(
            id=speaker.pk,
            name_en=_en(speaker, "name"),
            name_zh=_zh(speaker, "name"),
            title_en=_en(speaker, "title"),
            title_zh=_zh(speaker, "title"),
            affiliation_en=_en(speaker, "affiliation"),
            affiliation_zh=_zh(speaker, "affiliation"),
            organization=speaker.organization.slug if speaker.organization else None,
        )


def _speakers() -> QuerySet[Speaker]:
    return Speaker.objects.select_related("organization").order_by("name", "pk")


@router.get("/speakers", response={200: list[SpeakerDetailOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_speakers(request: HttpRequest):  # type: ignore[no-untyped-def]
    """Every speaker (speakers are shared by events), by name. Staff only (scope
    `events:read`; not with a token limited to one event); an event's own speakers are read
    at `/{slug}/speakers` by whoever may see the event."""
    user = scopes.require(request, "events:read", signed_in=True)
    _not_event_limited(request)
    if not rules.can_manage_speakers(user):
        raise NotAllowed()
    return _Shaped(_speakers(), SpeakerDetailOut.of)


class SpeakerIn(Schema):
    name_en: Line = ""
    name_zh: Line = ""
    title_en: Line = ""
    title_zh: Line = ""
    affiliation_en: Line = ""
    affiliation_zh: Line = ""
    organization: Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,80}$")] | None = (
        Field(None, description="a directory organization's slug")
    )


def _speaker_input(values: dict[str, Any]) -> SpeakerInput:
    organization = None
    if values.get("organization"):
        organization = Organization.objects.filter(slug=values["organization"]).first()
        if organization is None:
            raise ApplicationError(
                "organization: no organization has this identifier.",
                details={"field": "organization"},
            )
    return SpeakerInput(
        name={"en": values["name_en"], "zh_hans": values["name_zh"]},
        title={"en": values["title_en"], "zh_hans": values["title_zh"]},
        affiliation={"en": values["affiliation_en"], "zh_hans": values["affiliation_zh"]},
        organization=organization,
    )


@router.post("/speakers", response={201: SpeakerDetailOut})
def create_speaker(request: HttpRequest, data: SpeakerIn) -> Status[SpeakerDetailOut]:
    """Add a speaker (shared by all events). Staff only (scope `events:write`; not with a
    token limited to one event)."""
    user = scopes.require(request, "events:write")
    _not_event_limited(request)
    if not rules.can_manage_speakers(user):
        raise NotAllowed()
    speaker = speaker_create(actor=user, data=_speaker_input(data.model_dump()))
    return Status(201, SpeakerDetailOut.of(speaker))


def _speaker(request: HttpRequest, speaker_id: int, scope: str) -> tuple[Any, Speaker]:
    user = scopes.require(request, scope, signed_in=True)
    _not_event_limited(request)
    if not rules.can_manage_speakers(user):
        raise NotAllowed()
    speaker = _speakers().filter(pk=speaker_id).first()
    if speaker is None:
        raise NotFound("No such speaker.")
    return user, speaker


@router.get("/speakers/{speaker_id}", response={200: SpeakerDetailOut, **READ_ERRORS})
def get_speaker(request: HttpRequest, speaker_id: Path[Id]) -> SpeakerDetailOut:
    """One speaker. Staff only (scope `events:read`)."""
    _user, speaker = _speaker(request, speaker_id, "events:read")
    return SpeakerDetailOut.of(speaker)


class SpeakerPatch(SpeakerIn):
    pass


@router.patch("/speakers/{speaker_id}", response={200: SpeakerDetailOut})
def update_speaker(
    request: HttpRequest, speaker_id: Path[Id], data: SpeakerPatch
) -> SpeakerDetailOut:
    """Change a speaker; the fields left out keep their values. Staff only (scope
    `events:write`)."""
    user, speaker = _speaker(request, speaker_id, "events:write")
    values = SpeakerDetailOut.of(speaker).model_dump()
    values.update(data.model_dump(include=data.model_fields_set))
    speaker = speaker_update(actor=user, speaker=speaker, data=_speaker_input(values))
    return SpeakerDetailOut.of(_speakers().get(pk=speaker.pk))


@router.delete("/speakers/{speaker_id}", response={204: None})
def delete_speaker(request: HttpRequest, speaker_id: Path[Id]) -> Status[None]:
    """Remove a speaker and their parts in every programme (the items stay). Staff only
    (scope `events:write`)."""
    user, speaker = _speaker(request, speaker_id, "events:write")
    speaker_delete(actor=user, speaker=speaker)
    return Status(204, None)


@router.get("/{slug}", response={200: EventOut, **READ_ERRORS})
def get_event(request: HttpRequest, slug: Path[Slug]) -> EventOut:
    """One event with its co-hosts. Anyone may call it for a listed event (scope
    `events:read` with a token); an unlisted one is for staff and its guests (404 for
    others)."""
    _user, event = _event(request, slug, "events:read")
    return EventOut.of(event)


@router.patch("/{slug}", response={200: EventOut})
def update_event(request: HttpRequest, slug: Path[Slug], data: EventPatch) -> EventOut:
    """Change an event's texts, days, time zone or visibility; the fields left out keep their
    values, the identifier stays. Staff only (scope `events:write`)."""
    user, event = _event(request, slug, "events:write")
    if not rules.can_manage_events(user):
        raise NotAllowed()
    values = _current(event)
    values.update(data.model_dump(include=data.model_fields_set))
    for name in ("starts_on", "ends_on", "time_zone", "is_public"):
        if values[name] is None:
            values[name] = getattr(event, name)
    event_update(actor=user, event=event, data=_event_input(values))
    return EventOut.of(_with_cohosts(Event.objects.filter(pk=event.pk)).get())


# The programme.


@router.get("/{slug}/programme", response={200: ProgrammeOut, **READ_ERRORS})
def programme(request: HttpRequest, slug: Path[Slug]) -> ProgrammeOut:
    """An event's programme: co-hosts, rooms and items with their speakers. Anyone may call
    it for a listed event (scope `events:read` with a token); an unlisted one is for staff and
    its guests."""
    _user, event = _event(request, slug, "events:read")
    zone_en, zone_zh = _zone_names(event.time_zone)
    return ProgrammeOut(
        event=event.slug,
        title_en=_en(event, "title"),
        title_zh=_zh(event, "title"),
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        time_zone=event.time_zone,
        time_zone_en=zone_en,
        time_zone_zh=zone_zh,
        cohosts=[CoHostOut.of(host) for host in cohosts_of(event)],
        rooms=[RoomOut.of(room) for room in event.rooms.order_by("pk")],
        items=[ItemOut.of(item, event) for item in programme_items(event)],
    )


class IcsQuery(Schema):
    lang: Literal["", "en", "zh-hans"] = Field(
        "", description="the calendar's language; empty: the request's (Accept-Language)"
    )


@router.get(
    "/{slug}/programme.ics",
    response={200: str, **READ_ERRORS},
    openapi_extra={
        "responses": {
            "200": {
                "description": "iCalendar (RFC 5545): one VEVENT per item, times in the "
                "event's time zone with its VTIMEZONE",
                "content": {"text/calendar": {"schema": {"type": "string"}}},
            }
        }
    },
)
def programme_ics(request: HttpRequest, slug: Path[Slug], query: Query[IcsQuery]) -> HttpResponse:
    """The event's programme as a calendar file, the one the programme page offers. Anyone
    may call it for a listed event (scope `events:read` with a token)."""
    _user, event = _event(request, slug, "events:read")
    path = reverse("events:programme", kwargs={"slug": event.slug})

    def url_of(item: AgendaItem) -> str:
        return request.build_absolute_uri(f"{path}#item-{item.pk}")

    with translation.override(query.lang or translation.get_language()):
        document = programme_document(event, list(programme_items(event)), url_of=url_of)
        data = documents.programme_ics(document)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


@router.get("/{slug}/speakers", response={200: list[SpeakerDetailOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def event_speakers(request: HttpRequest, slug: Path[Slug]):  # type: ignore[no-untyped-def]
    """The speakers of an event's programme, by name. Whoever may see the event (scope
    `events:read` with a token)."""
    _user, event = _event(request, slug, "events:read")
    speakers = _speakers().filter(
        pk__in=AgendaItemSpeaker.objects.filter(item__event=event).values("speaker_id")
    )
    return _Shaped(speakers, SpeakerDetailOut.of)


# Rooms.


@router.get("/{slug}/rooms", response={200: list[RoomOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_rooms(request: HttpRequest, slug: Path[Slug]):  # type: ignore[no-untyped-def]
    """An event's rooms. Whoever may see the event (scope `events:read` with a token)."""
    _user, event = _event(request, slug, "events:read")
    return _Shaped(event.rooms.order_by("pk"), RoomOut.of)


def _room(request: HttpRequest, slug: str, room_id: int, scope: str) -> tuple[Any, Room]:
    user, event = _event(request, slug, scope)
    room = Room.objects.filter(event=event, pk=room_id).select_related("event").first()
    if room is None:
        raise NotFound("No such room in this event.")
    return user, room


@router.get("/{slug}/rooms/{room_id}", response={200: RoomOut, **READ_ERRORS})
def get_room(request: HttpRequest, slug: Path[Slug], room_id: Path[Id]) -> RoomOut:
    """One room. Whoever may see the event (scope `events:read` with a token)."""
    _user, room = _room(request, slug, room_id, "events:read")
    return RoomOut.of(room)


class RoomIn(Schema):
    name_en: Line = ""
    name_zh: Line = ""
    capacity: Seats | None = Field(None, description="seats; null when unlimited")


def _editor(user: Any, event: Event) -> None:
    if not rules.can_edit_programme(user, event):
        raise NotAllowed()


@router.post("/{slug}/rooms", response={201: RoomOut})
def create_room(request: HttpRequest, slug: Path[Slug], data: RoomIn) -> Status[RoomOut]:
    """Add a room to the event. Staff only (scope `events:write`)."""
    user, event = _event(request, slug, "events:write")
    _editor(user, event)
    room = room_create(
        actor=user,
        event=event,
        data=RoomInput(name={"en": data.name_en, "zh_hans": data.name_zh}, capacity=data.capacity),
    )
    return Status(201, RoomOut.of(room))


@router.patch("/{slug}/rooms/{room_id}", response={200: RoomOut})
def update_room(request: HttpRequest, slug: Path[Slug], room_id: Path[Id], data: RoomIn) -> RoomOut:
    """Rename a room or change its seats; the fields left out keep their values. A room
    smaller than an item's own seats is refused (400). Staff only (scope `events:write`)."""
    user, room = _room(request, slug, room_id, "events:write")
    _editor(user, room.event)
    values = RoomOut.of(room).model_dump()
    values.update(data.model_dump(include=data.model_fields_set))
    room = room_update(
        actor=user,
        room=room,
        data=RoomInput(
            name={"en": values["name_en"], "zh_hans": values["name_zh"]},
            capacity=values["capacity"],
        ),
    )
    return RoomOut.of(room)


@router.delete("/{slug}/rooms/{room_id}", response={204: None})
def delete_room(request: HttpRequest, slug: Path[Slug], room_id: Path[Id]) -> Status[None]:
    """Remove a room; its items stay in the programme without a room. Staff only (scope
    `events:write`)."""
    user, room = _room(request, slug, room_id, "events:write")
    _editor(user, room.event)
    room_delete(actor=user, room=room)
    return Status(204, None)


# Agenda items.


@router.get("/{slug}/programme/items", response={200: list[ItemOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_items(request: HttpRequest, slug: Path[Slug]):  # type: ignore[no-untyped-def]
    """The programme's items in time order. Whoever may see the event (scope `events:read`
    with a token)."""
    _user, event = _event(request, slug, "events:read")
    return _Shaped(programme_items(event), lambda item: ItemOut.of(item, event))


@router.get("/{slug}/programme/items/{item_id}", response={200: ItemOut, **READ_ERRORS})
def programme_item(request: HttpRequest, slug: Path[Slug], item_id: Path[Id]) -> ItemOut:
    """One item of an event's programme. Whoever may see the event (scope `events:read` with
    a token)."""
    _user, event = _event(request, slug, "events:read")
    item = programme_items(event).filter(pk=item_id).first()
    if item is None:
        raise NotFound("No such programme item.")
    return ItemOut.of(item, event)


class SpeakerPartIn(Schema):
    speaker: Id = Field(..., description="a speaker's id (see /speakers)")
    role: Literal["speaker", "moderator", "panellist"] = "speaker"


Kind = Literal["plenary", "briefing", "breakout", "panel", "matchmaking", "reception", "site-visit"]


class ItemIn(Schema):
    kind: Kind = "plenary"
    title_en: Line = ""
    title_zh: Line = ""
    topic_en: Line = ""
    topic_zh: Line = ""
    description_en: LongText = ""
    description_zh: LongText = ""
    starts_at: IsoDateTime = Field(..., description="ISO 8601 with its offset")
    ends_at: IsoDateTime
    room: Id | None = Field(None, description="one of the event's rooms; null for none")
    capacity: Seats | None = Field(None, description="the item's own seats; null: the room's")
    speakers: Annotated[list[SpeakerPartIn], Field(max_length=100)] = Field(
        [], description="in the programme's order"
    )


class ItemPatch(ItemIn):
    kind: Kind | None = None  # type: ignore[assignment]
    starts_at: IsoDateTime | None = None  # type: ignore[assignment]
    ends_at: IsoDateTime | None = None  # type: ignore[assignment]


def _item_input(event: Event, values: dict[str, Any]) -> AgendaItemInput:
    _in_range(values, "starts_at", "ends_at")
    room = None
    if values["room"] is not None:
        room = Room.objects.filter(pk=values["room"], event=event).first()
        if room is None:
            raise ApplicationError(
                "room: that room is not one of this event's.", details={"field": "room"}
            )
    parts: Sequence[dict[str, Any]] = values["speakers"]
    found = Speaker.objects.in_bulk([p["speaker"] for p in parts])
    missing = [p["speaker"] for p in parts if p["speaker"] not in found]
    if missing:
        raise ApplicationError(
            f"speakers: no speaker has the id {missing[0]}.",
            details={"field": "speakers", "ids": missing},
        )
    return AgendaItemInput(
        kind=values["kind"],
        title={"en": values["title_en"], "zh_hans": values["title_zh"]},
        topic={"en": values["topic_en"], "zh_hans": values["topic_zh"]},
        description={"en": values["description_en"], "zh_hans": values["description_zh"]},
        starts_at=values["starts_at"],
        ends_at=values["ends_at"],
        room=room,
        capacity=values["capacity"],
        speakers=[SpeakerRole(found[p["speaker"]], p["role"]) for p in parts],
    )


def _item_out(event: Event, item_id: int) -> ItemOut:
    return ItemOut.of(programme_items(event).get(pk=item_id), event)


ITEM_WRITE = {
    "400": {"description": "the item breaks a rule of the programme (its days, its times)"},
    "409": {"description": "the room is already booked at that time"},
}


@router.post("/{slug}/programme/items", response={201: ItemOut})
def create_item(request: HttpRequest, slug: Path[Slug], data: ItemIn) -> Status[ItemOut]:
    """Add an item to the programme: within the event's days (in its time zone), ending after
    it starts, in a room free then (409 when it is booked), with its speakers in order. Staff
    only (scope `events:write`)."""
    user, event = _event(request, slug, "events:write")
    _editor(user, event)
    item = agenda_item_create(actor=user, event=event, data=_item_input(event, data.model_dump()))
    return Status(201, _item_out(event, item.pk))


@router.patch("/{slug}/programme/items/{item_id}", response={200: ItemOut})
def update_item(
    request: HttpRequest, slug: Path[Slug], item_id: Path[Id], data: ItemPatch
) -> ItemOut:
    """Change an item with the same checks as a new one (409 when its room is booked then);
    the fields left out keep their values. Staff only (scope `events:write`)."""
    user, event = _event(request, slug, "events:write")
    _editor(user, event)
    item = programme_items(event).filter(pk=item_id).first()
    if item is None:
        raise NotFound("No such programme item.")
    current = ItemOut.of(item, event)
    values: dict[str, Any] = {
        **current.model_dump(exclude={"room", "speakers"}),
        "room": item.room_id,
        "speakers": [{"speaker": s.id, "role": s.role} for s in current.speakers],
    }
    values.update(data.model_dump(include=data.model_fields_set))
    for name in ("kind", "starts_at", "ends_at"):
        if values[name] is None:
            values[name] = getattr(current, name)
    agenda_item_update(actor=user, item=item, data=_item_input(event, values))
    return _item_out(event, item.pk)


@router.delete("/{slug}/programme/items/{item_id}", response={204: None})
def delete_item(request: HttpRequest, slug: Path[Slug], item_id: Path[Id]) -> Status[None]:
    """Remove an item from the programme. Staff only (scope `events:write`)."""
    user, event = _event(request, slug, "events:write")
    _editor(user, event)
    item = AgendaItem.objects.filter(event=event, pk=item_id).first()
    if item is None:
        raise NotFound("No such programme item.")
    agenda_item_delete(actor=user, item=item)
    return Status(204, None)
