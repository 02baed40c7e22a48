"""Reads on events."""

from __future__ import annotations

from django.db.models import QuerySet

from tradebridge.accounts.rules import AnyUser

from . import rules
from .models import Event


def events_visible_to(user: AnyUser) -> QuerySet[Event]:
    """The events the user may see: the listed ones and those the user is a guest of, or all
    of them for the secretariat (``rules.visible_events``)."""
    return Event.objects.filter(rules.visible_events(user))
