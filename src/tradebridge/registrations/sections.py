"""What registrations add to the event pages (registered in ``apps.RegistrationsConfig.ready``):
the figures, a "Register" (or "My registration") button, staff's and leaders' links; and the
number registered on the events list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from tradebridge.events.models import Event
from tradebridge.events.sections import EventSection

from . import selectors
from .models import Registration, Status


def _context(request: HttpRequest, event: Event) -> Mapping[str, Any]:
    user = request.user
    mine = selectors.live_registration_of(user, event) if user.is_authenticated else None
    led = selectors.delegations_led_by(user).filter(event=event) if user.is_authenticated else []
    return {
        "counts": selectors.registration_counts(event),
        "settings": selectors.registration_settings_of(event),
        "mine": mine,
        "led": led,
    }


def _annotate(events: QuerySet[Event]) -> QuerySet[Event]:
    # A subquery, not a join: another section's Count over its own join would be multiplied
    # by the rows of this one.
    confirmed = (
        Registration.objects.filter(event=OuterRef("pk"), status=Status.CONFIRMED)
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return events.annotate(registered_count=Coalesce(Subquery(confirmed), 0))


REGISTRATION = EventSection(
    name="registrations",
    template="registrations/event_section.html",
    context=_context,
    list_template="registrations/event_list_line.html",
    annotate=_annotate,
    order=20,
)
