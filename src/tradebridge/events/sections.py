"""Sections of the event pages that the apps above events contribute.

An event holds what other domains plan inside it (match-making sessions today; the summit's
programme, registrations and delegations next). Events must not import them, so each such app
registers a section when it is ready: a template for the event page (rendered with ``event``,
``can_manage`` and what ``context`` returns) and, optionally, a line for the events list with
the annotation that line needs. The event pages render every registered section in ``order``.

Programme items link to what other domains hold in them the same way (``register_item_links``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest

from .models import AgendaItem, Event


@dataclass(frozen=True)
class EventSection:
    name: str
    template: str
    context: Callable[[HttpRequest, Event], Mapping[str, Any]]
    # A short fragment after an event's dates on the list ("· 2 match-making sessions").
    list_template: str = ""
    annotate: Callable[[QuerySet[Event]], QuerySet[Event]] | None = None
    order: int = 100


_SECTIONS: dict[str, EventSection] = {}


def register_section(section: EventSection) -> None:
    """Add a section to the event pages (registering a name again replaces it)."""
    _SECTIONS[section.name] = section


def sections() -> list[EventSection]:
    """The registered sections, in page order."""
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.name))


# Links of programme items to what other domains hold in them: a match-making item links to
# its session. A provider gets the items of a page at once (one query for them all) and answers
# ``{item id: [(label, url), ...]}`` for the items it knows, showing only what the reader may see.
ItemLinks = Callable[[HttpRequest, Sequence[AgendaItem]], Mapping[int, Sequence[tuple[str, str]]]]

_ITEM_LINKS: dict[str, ItemLinks] = {}


def register_item_links(name: str, provider: ItemLinks) -> None:
    """Add a source of links to programme items (registering a name again replaces it)."""
    _ITEM_LINKS[name] = provider


def item_links(
    request: HttpRequest, items: Sequence[AgendaItem]
) -> dict[int, list[tuple[str, str]]]:
    """Every registered source's links of the given items, by item id."""
    links: dict[int, list[tuple[str, str]]] = {}
    if not items:
        return links
    for name in sorted(_ITEM_LINKS):
        for item_id, found in _ITEM_LINKS[name](request, items).items():
            links.setdefault(item_id, []).extend(found)
    return links
