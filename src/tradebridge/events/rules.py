"""Who may see and do what with events. Every access decision on events lives here."""

from __future__ import annotations

from django.db.models import Q

from tradebridge.accounts.rules import AnyUser, is_secretariat

from .guests import guest_events
from .models import Event


def can_manage_events(user: AnyUser) -> bool:
    """Secretariat staff create and edit events (and what is held inside them)."""
    return is_secretariat(user)


def visible_events(user: AnyUser) -> Q:
    """``can_view_event`` as a filter on events, for lists and lookups."""
    if is_secretariat(user):
        return Q()
    shown = Q(is_public=True)
    if user.is_authenticated:
        guests = guest_events(user)
        if guests is not None:
            shown |= guests
    return shown


def can_view_event(user: AnyUser, event: Event) -> bool:
    """A listed event is public; an unlisted one is for the secretariat and for its guests
    (the participants of its match-making sessions and their representatives: ``guests``);
    outsiders do not learn that it exists."""
    if event.is_public or is_secretariat(user):
        return True
    if not user.is_authenticated:
        return False
    return Event.objects.filter(visible_events(user), pk=event.pk).exists()


def can_edit_programme(user: AnyUser, event: Event) -> bool:
    """The secretariat edits an event's programme (items, rooms, speakers, co-hosts)."""
    return is_secretariat(user)


def can_view_programme(user: AnyUser, event: Event) -> bool:
    """The programme is read by whoever may see the event: everyone when it is listed."""
    return can_view_event(user, event)


def can_manage_speakers(user: AnyUser) -> bool:
    """Speakers are shared by events: the secretariat keeps them."""
    return is_secretariat(user)
