"""Check-in endpoints for scanning apps: a scan (idempotent with the app's nonce), the desk's
search for a person by name or organization, and the attendance figures.

A scanning device authenticates with a personal access token of a user the rules let check
people in (``rules.can_check_in``: staff), with the scope ``checkin:write`` alone and,
typically, limited to one event: it scans at that event and nothing else (another event: 404;
any other operation: 403). The same rules as the desk's pages decide, for a token and for the
site's session alike."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from tradebridge import scopes
from tradebridge.accounts.rules import refusal_reason
from tradebridge.errors import NotAllowed, NotFound
from tradebridge.events.models import AgendaItem, Event
from tradebridge.http.schemas import ErrorOut, Slug, check_planning_years

from . import rules, selectors
from .services import check_in

router = Router(tags=["check-in"])

ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    422: ErrorOut,
}


class ScanIn(Schema):
    code: Annotated[str, Field(min_length=1, max_length=300)]
    # Empty: arrival at the event; else the agenda item (of this event) checked in for.
    item_id: Annotated[int, Field(ge=1, le=2**63 - 1)] | None = None
    desk: Annotated[str, Field(max_length=60)] = ""
    # The app's identifier of this scan (a UUID): sending it again records nothing twice.
    nonce: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    # When the badge was scanned, for a queue sent after a lost connection (with its zone).
    scanned_at: dt.datetime | None = None


class PersonOut(Schema):
    id: int
    full_name: str
    latin_name: str
    organization: str
    role: str
    status: str


class ScanOut(Schema):
    result: str
    admitted: bool
    replayed: bool
    message: str
    person: PersonOut | None
    checked_in_at: dt.datetime | None
    desk: str


class FoundOut(PersonOut):
    code: str = Field(..., description="the badge's check-in code, to send to check-ins")
    checked_in: bool = Field(..., description="checked in at the event (arrival)")


class SearchIn(Schema):
    q: Annotated[str, Field(min_length=1, max_length=100)]


class FiguresOut(Schema):
    item_id: int | None
    label: str
    registered: int
    checked_in: int
    no_shows: int


def _event(request: HttpRequest, slug: str, rule: object, scope: str) -> Event:
    scopes.require(request, scope, signed_in=True)
    # Refused before the lookup: an outsider learns nothing of which events exist.
    if not callable(rule) or not rule(request.user):
        raise NotAllowed(refusal_reason(request.user))
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        raise NotFound("No event with this identifier.")
    # A token limited to another event does not learn that this one exists either.
    scopes.require(request, scope, signed_in=True, event_id=event.pk)
    return event


@router.post("/events/{slug}/check-ins", response={200: ScanOut, **ERRORS})
def scan(request: HttpRequest, slug: Slug, data: ScanIn) -> ScanOut:
    """Check in the person whose badge holds ``code``, at the event or one of its items.
    ``result`` is ``welcome``, ``already_checked_in`` (with the first check-in's time and
    desk), ``not_registered``, ``not_registered_for_item``, ``cancelled``, ``waitlisted`` or
    ``wrong_event``; only ``welcome`` records a check-in. A nonce sent again answers as the
    first time with ``replayed`` true (replay a queue safely); a nonce of another scan is 400."""
    event = _event(request, slug, rules.can_check_in, "checkin:write")
    item = None
    if data.item_id is not None:
        item = AgendaItem.objects.filter(pk=data.item_id, event=event).first()
        if item is None:
            raise NotFound("No agenda item with this id in this event.")
    check_planning_years({"scanned_at": data.scanned_at})
    outcome = check_in(
        actor=request.user,
        code=data.code,
        event=event,
        item=item,
        desk=data.desk,
        nonce=data.nonce,
        at=data.scanned_at,
    )
    person = outcome.registration
    shown = person if person is not None and person.event_id == event.pk else None
    return ScanOut(
        result=str(outcome.result),
        admitted=outcome.admitted,
        replayed=outcome.replayed,
        message=outcome.message(event),
        person=PersonOut(
            id=shown.pk,
            full_name=shown.full_name,
            latin_name=shown.latin_name,
            organization=shown.organization_label,
            role=shown.role,
            status=shown.status,
        )
        if shown
        else None,
        checked_in_at=outcome.check_in.at if outcome.check_in else None,
        desk=outcome.check_in.desk if outcome.check_in else "",
    )


@router.get("/events/{slug}/attendance", response={200: list[FiguresOut], **ERRORS})
def attendance(request: HttpRequest, slug: Slug) -> list[FiguresOut]:
    """Registered (confirmed), checked in and no-shows: the event first, then each item.
    Staff (``rules.can_see_attendance``), scope ``checkin:read``."""
    event = _event(request, slug, rules.can_see_attendance, "checkin:read")
    return [
        FiguresOut(
            item_id=row.item.pk if row.item else None,
            label=row.label,
            registered=row.registered,
            checked_in=row.checked_in,
            no_shows=row.no_shows,
        )
        for row in selectors.attendance(event)
    ]


@router.get("/events/{slug}/people", response={200: list[FoundOut], **ERRORS})
def people(request: HttpRequest, slug: Slug, filters: Query[SearchIn]) -> list[FoundOut]:
    """The desk's search: the event's registrations (any status) whose name matches ``q`` in
    Chinese, pinyin (with or without tones and spaces, either name first) or as in the
    passport, or whose organization does; at most 20, with the badge's code and whether the
    person has checked in. Whoever may check people in (``rules.can_check_in``: staff),
    scope ``checkin:read``."""
    event = _event(request, slug, rules.can_check_in, "checkin:read")
    found = selectors.search(event, filters.q)
    arrived = selectors.checked_in_ids(event, [r.pk for r in found])
    return [
        FoundOut(
            id=r.pk,
            full_name=r.full_name,
            latin_name=r.latin_name,
            organization=r.organization_label,
            role=r.role,
            status=r.status,
            code=r.check_in_code,
            checked_in=r.pk in arrived,
        )
        for r in found
    ]
