"""Reads on events."""

from __future__ import annotations

from django.db.models import QuerySet

from tradebridge.accounts.rules import AnyUser

from . import rules
from .models import Event


def events_visible_to(user: AnyUser) -> QuerySet[Event]:
    """The events the user may see: the listed ones, or all of them for the secretariat."""
    events = Event.objects.all()
    if not rules.can_manage_events(user):
        events = events.filter(is_public=True)
    return events
