"""Writes on events. Creating an event lives with the sessions (``matchmaking.services``);
editing one is here, with the same rules and the same input."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.matchmaking import rules
from tradebridge.matchmaking.services import EventInput

from .models import Event

TRANSLATED = ("title", "venue", "description")


def event_update(*, actor: User, event: Event, data: EventInput) -> Event:
    """Change an event's texts, dates, time zone and visibility (its identifier stays, so
    links keep working)."""
    if not rules.can_manage_sessions(actor):
        raise NotAllowed()
    if not (data.title.get("en") or data.title.get("zh_hans")):
        raise ApplicationError(_("An event needs a title."), details={"field": "title"})
    if data.ends_on < data.starts_on:
        raise ApplicationError(
            _("The last day is before the first day."), details={"field": "ends_on"}
        )
    values = {"title": data.title, "venue": data.venue, "description": data.description}
    for name in TRANSLATED:
        texts = values[name] or {}
        for suffix in ("en", "zh_hans"):
            setattr(event, f"{name}_{suffix}", texts.get(suffix, "") or "")
        # The base column holds the English (else Chinese) text whoever saves it.
        event.__dict__[name] = texts.get("en") or texts.get("zh_hans") or ""
    event.starts_on, event.ends_on = data.starts_on, data.ends_on
    event.time_zone, event.is_public = data.time_zone, data.is_public
    try:
        event.full_clean()
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise ApplicationError(f"{field}: {messages[0]}", details={"field": field}) from None
    with transaction.atomic():
        event.save()
    return event
