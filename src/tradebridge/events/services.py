"""Writes on events: every change to an event goes through a function here."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.files import File
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.bilingual import set_translated
from tradebridge.directory import logos
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error

from . import rules
from .models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Room, Speaker

# "new" and "speakers" are addresses of pages (the creation page, the speakers).
RESERVED_EVENT_SLUGS = frozenset({"new", "speakers"})


@dataclass
class EventInput:
    title: dict[str, str]  # {"en": ..., "zh_hans": ...}
    starts_on: dt.date
    ends_on: dt.date
    time_zone: str = "Asia/Shanghai"
    venue: dict[str, str] | None = None
    description: dict[str, str] | None = None
    slug: str = ""
    is_public: bool = True


def _event_apply(event: Event, data: EventInput) -> None:
    """Check an event's input and copy it onto the event (texts, dates, zone, visibility)."""
    if data.ends_on < data.starts_on:
        raise ApplicationError(
            _("The last day is before the first day."), details={"field": "ends_on"}
        )
    if not (data.title.get("en") or data.title.get("zh_hans")):
        raise ApplicationError(_("An event needs a title."), details={"field": "title"})
    set_translated(event, "title", data.title)
    set_translated(event, "venue", data.venue)
    set_translated(event, "description", data.description)
    event.starts_on, event.ends_on = data.starts_on, data.ends_on
    event.time_zone, event.is_public = data.time_zone, data.is_public


@transaction.atomic
def event_create(*, actor: User, data: EventInput) -> Event:
    """Create an event; its identifier comes from the English title (or ``data.slug``)."""
    if not rules.can_manage_events(actor):
        raise NotAllowed()
    event = Event()
    _event_apply(event, data)
    base = slugify(data.slug or data.title.get("en") or "") or "event"
    slug, n = base[:70], 2
    while slug in RESERVED_EVENT_SLUGS or Event.objects.filter(slug=slug).exists():
        slug, n = f"{base[:70]}-{n}", n + 1
    event.slug = slug
    full_clean_or_error(event)
    event.save()
    return event


@transaction.atomic
def event_update(*, actor: User, event: Event, data: EventInput) -> Event:
    """Change an event's texts, dates, time zone and visibility (its identifier stays, so
    links keep working)."""
    if not rules.can_manage_events(actor):
        raise NotAllowed()
    _event_apply(event, data)
    full_clean_or_error(event)
    event.save()
    return event


# The programme: rooms, speakers, co-hosts and agenda items.


def _programme_editor(actor: User, event: Event) -> None:
    if not rules.can_edit_programme(actor, event):
        raise NotAllowed()


def _needs_text(values: dict[str, str] | None, message: str, field_name: str) -> None:
    if not values or not any((v or "").strip() for v in values.values()):
        raise ApplicationError(message, details={"field": field_name})


@dataclass
class RoomInput:
    name: dict[str, str]
    capacity: int | None = None


def _room_apply(room: Room, data: RoomInput) -> None:
    _needs_text(data.name, _("A room needs a name."), "name_en")
    if data.capacity is not None and data.capacity < 1:
        raise ApplicationError(
            _("A room holds at least one person (leave it empty for no limit)."),
            details={"field": "capacity"},
        )
    set_translated(room, "name", data.name)
    room.capacity = data.capacity


@transaction.atomic
def room_create(*, actor: User, event: Event, data: RoomInput) -> Room:
    """Add a room to an event."""
    _programme_editor(actor, event)
    room = Room(event=event)
    _room_apply(room, data)
    full_clean_or_error(room)
    room.save()
    return room


@transaction.atomic
def room_update(*, actor: User, room: Room, data: RoomInput) -> Room:
    """Rename a room or change its capacity. A smaller room than an item's own capacity is
    refused: the item would promise seats the room does not have."""
    _programme_editor(actor, room.event)
    room = Room.objects.select_for_update().get(pk=room.pk)
    _room_apply(room, data)
    if data.capacity is not None:
        larger = room.agenda_items.filter(capacity__gt=data.capacity).first()
        if larger is not None:
            raise ApplicationError(
                _("“%(title)s” in this room has %(seats)s seats: the room needs as many.")
                % {"title": larger.title, "seats": larger.capacity},
                details={"field": "capacity"},
            )
    full_clean_or_error(room)
    room.save()
    return room


@transaction.atomic
def room_delete(*, actor: User, room: Room) -> None:
    """Remove a room; its items stay in the programme without a room."""
    _programme_editor(actor, room.event)
    room.delete()


@dataclass
class SpeakerInput:
    name: dict[str, str]
    title: dict[str, str] | None = None
    affiliation: dict[str, str] | None = None
    organization: Organization | None = None
    user: User | None = None
    # An uploaded picture, re-encoded as the directory's logos are (``logos.normalize``); None
    # keeps the current photo unless ``remove_photo`` says to remove it.
    photo: File | None = None  # type: ignore[type-arg]
    remove_photo: bool = False


def _speaker_apply(speaker: Speaker, data: SpeakerInput) -> None:
    _needs_text(data.name, _("A speaker needs a name."), "name_en")
    set_translated(speaker, "name", data.name)
    set_translated(speaker, "title", data.title)
    set_translated(speaker, "affiliation", data.affiliation)
    speaker.organization, speaker.user = data.organization, data.user
    if data.photo is not None:
        picture = logos.normalize(data.photo)
        # A new name for every upload: a replaced photo is never served from a cache.
        name = f"speaker-{secrets.token_hex(8)}.{picture.extension}"
        speaker.photo.save(name, picture.content, save=False)
    elif data.remove_photo:
        speaker.photo = ""


@transaction.atomic
def speaker_create(*, actor: User, data: SpeakerInput) -> Speaker:
    """Add a speaker (speakers are shared by all events)."""
    if not rules.can_manage_speakers(actor):
        raise NotAllowed()
    speaker = Speaker()
    _speaker_apply(speaker, data)
    full_clean_or_error(speaker, exclude=["photo"])
    speaker.save()
    return speaker


@transaction.atomic
def speaker_update(*, actor: User, speaker: Speaker, data: SpeakerInput) -> Speaker:
    """Change a speaker's name, title or affiliation."""
    if not rules.can_manage_speakers(actor):
        raise NotAllowed()
    _speaker_apply(speaker, data)
    full_clean_or_error(speaker, exclude=["photo"])
    speaker.save()
    return speaker


@transaction.atomic
def speaker_delete(*, actor: User, speaker: Speaker) -> None:
    """Remove a speaker, and their parts in every event's items (the items stay)."""
    if not rules.can_manage_speakers(actor):
        raise NotAllowed()
    speaker.delete()


@transaction.atomic
def cohost_add(
    *, actor: User, event: Event, organization: Organization, role: dict[str, str] | None = None
) -> CoHost:
    """Name an organization of the directory as a host of the event, after the others."""
    _programme_editor(actor, event)
    # The event's row orders concurrent additions (positions stay distinct).
    Event.objects.select_for_update().filter(pk=event.pk).first()
    if event.cohosts.filter(organization=organization).exists():
        raise ApplicationError(
            _("%(name)s is already a host of this event.") % {"name": organization.name},
            details={"field": "organization"},
        )
    last = event.cohosts.aggregate(last=Max("position"))["last"]
    cohost = CoHost(event=event, organization=organization, position=(last or 0) + 1)
    set_translated(cohost, "role", role)
    cohost.save()
    return cohost


@transaction.atomic
def cohost_remove(*, actor: User, cohost: CoHost) -> None:
    """Take an organization off the event's hosts."""
    _programme_editor(actor, cohost.event)
    cohost.delete()


@transaction.atomic
def cohost_move(*, actor: User, cohost: CoHost, up: bool) -> None:
    """Swap a host with the one before it (``up``) or after it in the event's list."""
    _programme_editor(actor, cohost.event)
    hosts = list(
        CoHost.objects.select_for_update()
        .filter(event_id=cohost.event_id)
        .order_by("position", "pk")
    )
    index = next(i for i, h in enumerate(hosts) if h.pk == cohost.pk)
    other = index - 1 if up else index + 1
    if 0 <= other < len(hosts):
        hosts[index], hosts[other] = hosts[other], hosts[index]
    for position, host in enumerate(hosts, start=1):
        if host.position != position:
            CoHost.objects.filter(pk=host.pk).update(position=position)


@dataclass
class SpeakerRole:
    speaker: Speaker
    role: str = AgendaItemSpeaker.Role.SPEAKER


@dataclass
class AgendaItemInput:
    kind: str
    title: dict[str, str]
    starts_at: dt.datetime
    ends_at: dt.datetime
    description: dict[str, str] | None = None
    topic: dict[str, str] | None = None
    room: Room | None = None
    capacity: int | None = None
    speakers: Sequence[SpeakerRole] = field(default_factory=list)


def _when(moment: dt.datetime, event: Event) -> str:
    local = moment.astimezone(event.zone)
    return f"{date_format(local, 'DATE_FORMAT')} {time_format(local, 'TIME_FORMAT')}"


def _check_times(event: Event, data: AgendaItemInput) -> None:
    """An item ends after it starts and lies within the event's days, read in the event's
    time zone (a Los Angeles evening is already the next day in UTC)."""
    for name in ("starts_at", "ends_at"):
        if timezone.is_naive(getattr(data, name)):
            raise ApplicationError(_("A time needs its time zone."), details={"field": name})
    if data.ends_at <= data.starts_at:
        raise ApplicationError(_("The item ends before it starts."), details={"field": "ends_at"})
    first = data.starts_at.astimezone(event.zone).date()
    # An item that ends at midnight ends on the day it started.
    last = (data.ends_at - dt.timedelta(microseconds=1)).astimezone(event.zone).date()
    days = {
        "first": date_format(event.starts_on, "DATE_FORMAT"),
        "last": date_format(event.ends_on, "DATE_FORMAT"),
    }
    if event.starts_on == event.ends_on:
        when = _("The event is on %(first)s.") % days
    else:
        when = _("The event runs from %(first)s to %(last)s.") % days
    if first < event.starts_on or first > event.ends_on:
        raise ApplicationError(
            _("%(when)s The item starts outside it.") % {"when": when},
            details={"field": "starts_at"},
        )
    if last > event.ends_on:
        raise ApplicationError(
            _("%(when)s The item ends after it.") % {"when": when},
            details={"field": "ends_at"},
        )


def _check_room(event: Event, data: AgendaItemInput, item: AgendaItem | None) -> None:
    room = data.room
    if room is None:
        return
    if room.event_id != event.pk:
        raise ApplicationError(
            _("That room is not one of this event's."), details={"field": "room"}
        )
    # The room's row serialises bookings of the room: two staff placing items in it at the same
    # moment cannot both pass the overlap check.
    room = Room.objects.select_for_update().get(pk=room.pk)
    if data.capacity is not None and room.capacity is not None and data.capacity > room.capacity:
        raise ApplicationError(
            _("%(room)s has %(seats)s seats: the item cannot have more.")
            % {"room": room.name, "seats": room.capacity},
            details={"field": "capacity"},
        )
    clash = (
        AgendaItem.objects.filter(room=room, starts_at__lt=data.ends_at, ends_at__gt=data.starts_at)
        .exclude(pk=item.pk if item else 0)
        .order_by("starts_at")
        .first()
    )
    if clash is not None:
        raise ApplicationError(
            _("%(room)s is already booked from %(start)s to %(end)s for “%(title)s”.")
            % {
                "room": room.name,
                "start": _when(clash.starts_at, event),
                "end": _when(clash.ends_at, event),
                "title": clash.title,
            },
            # The room is taken: the request is sound but clashes with the programme (409).
            code="conflict",
            details={"field": "room"},
        )


def _check_item(event: Event, data: AgendaItemInput, item: AgendaItem | None) -> None:
    if data.kind not in AgendaItem.Kind.values:
        raise ApplicationError(_("Choose a kind of item."), details={"field": "kind"})
    _needs_text(data.title, _("An item needs a title."), "title_en")
    if data.capacity is not None and data.capacity < 1:
        raise ApplicationError(
            _("An item holds at least one person (leave it empty for no limit)."),
            details={"field": "capacity"},
        )
    _check_times(event, data)
    _check_room(event, data, item)
    seen: set[int] = set()
    for part in data.speakers:
        if part.role not in AgendaItemSpeaker.Role.values:
            raise ApplicationError(_("Choose a speaker's role."), details={"field": "speakers"})
        if part.speaker.pk in seen:
            raise ApplicationError(
                _("%(name)s is named twice.") % {"name": part.speaker.name},
                details={"field": "speakers"},
            )
        seen.add(part.speaker.pk)


def _item_apply(item: AgendaItem, data: AgendaItemInput) -> None:
    item.kind = data.kind
    set_translated(item, "title", data.title)
    set_translated(item, "description", data.description)
    set_translated(item, "topic", data.topic)
    item.starts_at, item.ends_at = data.starts_at, data.ends_at
    item.room, item.capacity = data.room, data.capacity
    full_clean_or_error(item)
    item.save()
    item.roles.all().delete()
    AgendaItemSpeaker.objects.bulk_create(
        AgendaItemSpeaker(item=item, speaker=part.speaker, role=part.role, position=position)
        for position, part in enumerate(data.speakers, start=1)
    )


@transaction.atomic
def agenda_item_create(*, actor: User, event: Event, data: AgendaItemInput) -> AgendaItem:
    """Add an item to the programme: within the event's days (in its time zone), ending after
    it starts, in a room that is free then, with its speakers in order."""
    _programme_editor(actor, event)
    _check_item(event, data, None)
    item = AgendaItem(event=event)
    _item_apply(item, data)
    return item


@transaction.atomic
def agenda_item_update(*, actor: User, item: AgendaItem, data: AgendaItemInput) -> AgendaItem:
    """Change an item (the same checks as a new one; its own time does not clash with itself)."""
    _programme_editor(actor, item.event)
    item = AgendaItem.objects.select_for_update().select_related("event").get(pk=item.pk)
    _check_item(item.event, data, item)
    _item_apply(item, data)
    return item


@transaction.atomic
def agenda_item_delete(*, actor: User, item: AgendaItem) -> None:
    """Remove an item from the programme (with its speakers' parts in it)."""
    _programme_editor(actor, item.event)
    item.delete()
