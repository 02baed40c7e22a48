"""Reads on events: the events a user sees, an event's programme grouped by day in its time
zone, and the programme as a document (PDF, ICS)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tradebridge.accounts.rules import AnyUser

from . import documents, rules
from .models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Speaker


def events_visible_to(user: AnyUser) -> QuerySet[Event]:
    """The events the user may see: the listed ones, or all of them for the secretariat."""
    events = Event.objects.all()
    if not rules.can_manage_events(user):
        events = events.filter(is_public=True)
    return events


def programme_items(event: Event) -> QuerySet[AgendaItem]:
    """The event's items in time order, with their room and their speakers' parts (in the
    programme's order, each with its speaker and the speaker's organization): no query per
    item."""
    roles = AgendaItemSpeaker.objects.select_related("speaker__organization").order_by(
        "position", "pk"
    )
    return (
        AgendaItem.objects.filter(event=event)
        .select_related("room")
        .prefetch_related(Prefetch("roles", queryset=roles))
        .order_by("starts_at", "ends_at", "pk")
    )


def speaker_items(event: Event, speaker: Speaker) -> QuerySet[AgendaItem]:
    """The items of the event in which the speaker has a part."""
    return programme_items(event).filter(roles__speaker=speaker).distinct()


def cohosts_of(event: Event) -> QuerySet[CoHost]:
    return event.cohosts.select_related("organization").order_by("position", "pk")


@dataclass(frozen=True)
class ProgrammeDay:
    """One day of the programme, as the event's clocks count days."""

    day: dt.date
    items: list[AgendaItem]
    # The zone's abbreviations that day ("PDT"; "PST / PDT" on the day the clocks change).
    abbreviations: list[str]


def programme_days(event: Event, items: Iterable[AgendaItem]) -> list[ProgrammeDay]:
    """Items grouped by their day in the event's time zone (an item at 19:00 in Los Angeles is
    on that day, though it is the next day in UTC), days in order."""
    days: dict[dt.date, list[AgendaItem]] = {}
    zone = event.zone
    for item in sorted(items, key=lambda i: (i.starts_at, i.ends_at, i.pk)):
        days.setdefault(item.starts_at.astimezone(zone).date(), []).append(item)
    return [
        ProgrammeDay(
            day=day,
            items=day_items,
            abbreviations=list(
                dict.fromkeys(
                    moment.astimezone(zone).strftime("%Z")
                    for item in day_items
                    for moment in (item.starts_at, item.ends_at)
                )
            ),
        )
        for day, day_items in days.items()
    ]


def affiliation(speaker: Speaker) -> str:
    """The speaker's affiliation in the reader's language: the free text, else the
    organization's name."""
    if speaker.affiliation:
        return str(speaker.affiliation)
    return str(speaker.organization.name) if speaker.organization else ""


def person_line(speaker: Speaker) -> str:
    """ "Name, title, affiliation" in the reader's language."""
    comma = pgettext("between parts of a name line", ", ")
    return comma.join(p for p in (str(speaker.name), str(speaker.title), affiliation(speaker)) if p)


def programme_document(
    event: Event,
    items: Sequence[AgendaItem],
    *,
    subtitle: str = "",
    url_of: Callable[[AgendaItem], str] | None = None,
) -> documents.Programme:
    """The items (of ``programme_items``) as a document in the reader's language."""
    entries = [
        documents.ProgrammeEntry(
            uid=f"agenda-item-{item.pk}@tradebridge",
            start=item.starts_at,
            end=item.ends_at,
            title=str(item.title),
            kind=str(item.get_kind_display()),
            topic=str(item.topic),
            description=str(item.description),
            room=str(item.room.name) if item.room else "",
            people=[
                (str(part.get_role_display()), person_line(part.speaker))
                for part in item.roles.all()
            ],
            url=url_of(item) if url_of else "",
        )
        for item in items
    ]
    return documents.Programme(
        event=str(event.title),
        venue=str(event.venue),
        time_zone=event.time_zone,
        entries=entries,
        subtitle=subtitle,
        cohosts=[str(host.organization.name) for host in cohosts_of(event)],
        labels={
            "times_in": _("Times in {zone}"),
            "cohosts": _("Co-hosts"),
            "empty": _("The programme has no items yet."),
            "person": _("{role}: {person}"),
        },
    )
