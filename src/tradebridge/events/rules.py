"""Who may see and do what with events. Every access decision on events lives here."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, is_secretariat

from .models import Event


def can_manage_events(user: AnyUser) -> bool:
    """Secretariat staff create and edit events (and what is held inside them)."""
    return is_secretariat(user)


def can_view_event(user: AnyUser, event: Event) -> bool:
    """A listed event is public; an unlisted one is for the secretariat."""
    return event.is_public or is_secretariat(user)


def can_edit_programme(user: AnyUser, event: Event) -> bool:
    """The secretariat edits an event's programme (items, rooms, speakers, co-hosts)."""
    return is_secretariat(user)


def can_view_programme(user: AnyUser, event: Event) -> bool:
    """The programme is read by whoever may see the event: everyone when it is listed."""
    return can_view_event(user, event)


def can_manage_speakers(user: AnyUser) -> bool:
    """Speakers are shared by events: the secretariat keeps them."""
    return is_secretariat(user)
