"""Who, besides the secretariat, may see an unlisted event: its guests, as the apps above
events know them (match-making participants today; registrants and delegations next).

An unlisted event is hidden from the public list and from outsiders, not from the people
invited to it. Events must not import those apps, so each registers a function that gives,
for a signed-in user, the events that user takes part in (a filter on ``Event``). The rules
(``rules.visible_events``, ``rules.can_view_event``) combine them.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Q

from tradebridge.accounts.models import User

_GUESTS: dict[str, Callable[[User], Q]] = {}


def register_guests(name: str, events_of: Callable[[User], Q]) -> None:
    """Let ``events_of(user)`` (a filter on events) open unlisted events to their guests
    (registering a name again replaces it)."""
    _GUESTS[name] = events_of


def guest_events(user: User) -> Q | None:
    """The events that ``user`` is a guest of by any registered app, or ``None`` if no app
    knows guests."""
    found: Q | None = None
    for events_of in _GUESTS.values():
        found = events_of(user) if found is None else found | events_of(user)
    return found
