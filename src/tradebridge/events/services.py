"""Writes on events: every change to an event goes through a function here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.bilingual import set_translated
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error

from . import rules
from .models import Event

# "new" is the address of the creation page.
RESERVED_EVENT_SLUGS = frozenset({"new"})


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
