"""What match-making adds to the event pages (registered in ``apps.MatchmakingConfig.ready``):
the event's sessions with their participant counts, and their number on the events list; and
the link from a match-making item of the programme to the session held in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from tradebridge.events.models import AgendaItem, Event
from tradebridge.events.sections import EventSection

from . import rules
from .models import Participant, Session


def _context(request: HttpRequest, event: Event) -> Mapping[str, Any]:
    sessions = (
        Session.objects.filter(event=event)
        .filter(rules.visible_sessions(request.user))
        .annotate(
            participant_count=Count(
                "participants", filter=~Q(participants__status=Participant.Status.CANCELLED)
            )
        )
        .order_by("starts_at")
    )
    return {"sessions": sessions}


def _annotate(events: QuerySet[Event]) -> QuerySet[Event]:
    # The list is the same for everyone: sessions in preparation are not counted.
    return events.annotate(
        session_count=Count("sessions", filter=~Q(sessions__status=Session.Status.DRAFT))
    )


SESSIONS = EventSection(
    name="matchmaking",
    template="matchmaking/event_section.html",
    context=_context,
    list_template="matchmaking/event_list_line.html",
    annotate=_annotate,
    order=50,
)


def programme_links(
    request: HttpRequest, items: Sequence[AgendaItem]
) -> Mapping[int, Sequence[tuple[str, str]]]:
    """The match-making session each programme item holds, when the reader may see it."""
    sessions = Session.objects.filter(
        programme_item__in=[item.pk for item in items if item.kind == AgendaItem.Kind.MATCHMAKING]
    ).filter(rules.visible_sessions(request.user))
    return {
        session.programme_item_id: [
            (
                _("Match-making session: %(title)s") % {"title": session.title},
                reverse("matchmaking:session", kwargs={"pk": session.pk}),
            )
        ]
        for session in sessions
        if session.programme_item_id is not None
    }
