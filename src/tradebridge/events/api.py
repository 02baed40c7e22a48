"""Events endpoints: an event's programme (items, rooms, speakers, co-hosts) in both languages,
times in ISO 8601 with the offset of the event's time zone at that moment. Read-only; what a
reader may see follows ``rules.can_view_programme`` (a listed event is public)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Path, Router, Schema
from pydantic import StringConstraints

from tradebridge.errors import NotFound
from tradebridge.http.schemas import READ_ERRORS
from tradebridge.timezones import ZONES

from . import rules
from .models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Room
from .selectors import cohosts_of, programme_items

router = Router(tags=["events"])

Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,80}$")]
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


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
    def of(cls, room: Room) -> RoomOut:
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
    def of(cls, part: AgendaItemSpeaker) -> SpeakerOut:
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
    def of(cls, item: AgendaItem, event: Event) -> ItemOut:
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
    def of(cls, host: CoHost) -> CoHostOut:
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


def _event(request: HttpRequest, slug: str) -> Event:
    event = Event.objects.filter(slug=slug).first()
    if event is None or not rules.can_view_programme(request.user, event):
        raise NotFound("No such event.")
    return event


def _zone_names(name: str) -> tuple[str, str]:
    label = ZONES.get(name)
    if label is None:
        return name, name
    with translation.override("en"):
        en = str(label)
    with translation.override("zh-hans"):
        zh = str(label)
    return en, zh


@router.get("/{slug}/programme", response={200: ProgrammeOut, **READ_ERRORS})
def programme(request: HttpRequest, slug: Path[Slug]) -> ProgrammeOut:
    """An event's programme: co-hosts, rooms and items with their speakers."""
    event = _event(request, slug)
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


@router.get("/{slug}/programme/items/{item_id}", response={200: ItemOut, **READ_ERRORS})
def programme_item(request: HttpRequest, slug: Path[Slug], item_id: Path[Id]) -> ItemOut:
    """One item of an event's programme."""
    event = _event(request, slug)
    item = programme_items(event).filter(pk=item_id).first()
    if item is None:
        raise NotFound("No such programme item.")
    return ItemOut.of(item, event)
