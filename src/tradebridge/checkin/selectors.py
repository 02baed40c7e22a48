"""Reads of check-in: the badges of an event, a person found by name or code at the desk, and
the attendance figures."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef
from django.utils.translation import gettext

from tradebridge.bilingual import sort_key
from tradebridge.events.models import AgendaItem, Event
from tradebridge.names import badge_name, fold_query, search_forms
from tradebridge.registrations.models import ItemRegistration, Registration

from .badges import Badge
from .models import CheckIn

CONFIRMED = Registration.Status.CONFIRMED
# A desk search lists at most this many people: enough to pick from, short enough to read.
SEARCH_LIMIT = 20


def confirmed_attendees(event: Event) -> list[Registration]:
    """The event's confirmed registrations, in badge order: by name as a Chinese dictionary
    sorts it (pinyin), so that a printed stack is easy to hand out."""
    rows = list(
        Registration.objects.filter(event=event, status=CONFIRMED).select_related(
            "organization", "delegation"
        )
    )
    rows.sort(key=lambda r: (sort_key(r.latin_name or r.full_name), r.pk))
    return rows


def organization_lines(registration: Registration) -> tuple[str, ...]:
    """The organization as a badge prints it: both languages where it has both, each once."""
    organization = registration.organization
    if organization is None:
        return (registration.organization_name,) if registration.organization_name else ()
    names = [
        str(getattr(organization, "name_zh_hans", "") or ""),
        str(getattr(organization, "name_en", "") or ""),
    ]
    lines = [n for n in names if n]
    if len(lines) == 2 and lines[0].casefold() == lines[1].casefold():
        lines = lines[:1]
    return tuple(lines) or (str(organization.name),)


def role_line(registration: Registration) -> str:
    """The role (in the reader's language), the delegation and the person's title:
    "Delegate · Jiangsu delegation · Deputy director"."""
    parts = [str(registration.get_role_display())]
    if registration.delegation_id:
        parts.append(str(registration.delegation))
    if registration.title:
        parts.append(registration.title)
    return " · ".join(parts)


def badge_of(registration: Registration, *, event_title: str) -> Badge:
    return Badge(
        name=badge_name(registration.full_name, registration.latin_name),
        code=registration.check_in_code,
        organization=organization_lines(registration),
        role=role_line(registration),
        event=event_title,
    )


def event_badge_title(event: Event) -> str:
    """The event's title in both languages, as the band of a bilingual badge shows it."""
    en = str(getattr(event, "title_en", "") or "")
    zh = str(getattr(event, "title_zh_hans", "") or "")
    return " · ".join(t for t in dict.fromkeys([en, zh]) if t) or str(event)


def badges_of(event: Event) -> list[Badge]:
    """Every confirmed attendee's badge, in badge order."""
    title = event_badge_title(event)
    return [badge_of(r, event_title=title) for r in confirmed_attendees(event)]


def registration_by_code(code: str) -> Registration | None:
    """The registration whose badge holds this code (of any event: the service tells a badge
    of another event from an unknown one)."""
    if not code:
        return None
    return Registration.objects.select_related("event").filter(check_in_code=code).first()


def search(event: Event, query: str) -> list[Registration]:
    """The event's registrations (any status: the desk must be able to say "cancelled") whose
    name matches what the desk typed, in Chinese, pinyin (with or without tones and spaces,
    either name first) or as in the passport; and the organization's name. Matched in Python
    over the event's registrations: pinyin is not stored, and an event's list is a few
    thousand rows at most."""
    folded = fold_query(query)
    if len(folded) < 2 and not any("\u4e00" <= c <= "\u9fff" for c in folded):
        return []
    found: list[Registration] = []
    rows = Registration.objects.filter(event=event).select_related("organization")
    for registration in rows.order_by("full_name", "pk"):
        forms = search_forms(registration.full_name, registration.latin_name)
        forms.append(registration.organization_label.casefold())
        if any(folded in form for form in forms):
            found.append(registration)
            if len(found) >= SEARCH_LIMIT:
                break
    return found


@dataclass(frozen=True)
class Figures:
    """Attendance of the event or one of its items."""

    label: str
    registered: int
    checked_in: int
    item: AgendaItem | None = None

    @property
    def no_shows(self) -> int:
        return self.registered - self.checked_in


def item_is_seated(item: AgendaItem, *, with_registrations: set[int] | None = None) -> bool:
    """Whether an item admits only those with a seat in it (an item registration): it has
    seats of its own or its room's, or people registered for it (``with_registrations``: the
    items known to have some, else asked). Other items admit everyone registered for the
    event."""
    if item.capacity is not None or (item.room_id and item.room and item.room.capacity):
        return True
    if with_registrations is not None:
        return item.pk in with_registrations
    return ItemRegistration.objects.filter(agenda_item=item).exists()


def _checked_in(item: AgendaItem | None) -> Exists:
    return Exists(
        CheckIn.objects.filter(registration=OuterRef("pk"), agenda_item=item)
        if item is not None
        else CheckIn.objects.filter(registration=OuterRef("pk"), agenda_item__isnull=True)
    )


def attendance(event: Event) -> list[Figures]:
    """The event's figures first, then each agenda item's, in programme order: confirmed
    registrations, how many of them checked in, and the rest (no-shows). An item with seats of
    its own counts its confirmed seats (of confirmed registrations); another item counts the
    event's confirmed registrations."""
    confirmed = Registration.objects.filter(event=event, status=CONFIRMED)
    whole = confirmed.aggregate(
        registered=Count("pk"), checked_in=Count("pk", filter=_checked_in(None))
    )
    figures = [Figures(gettext("Whole event"), whole["registered"], whole["checked_in"])]
    seats = dict(
        ItemRegistration.objects.filter(
            agenda_item__event=event, status=CONFIRMED, registration__status=CONFIRMED
        )
        .values("agenda_item")
        .annotate(n=Count("pk"))
        .values_list("agenda_item", "n")
    )
    seated_arrivals = dict(
        CheckIn.objects.filter(
            agenda_item__event=event,
            registration__status=CONFIRMED,
            registration__items__agenda_item=F("agenda_item"),
            registration__items__status=CONFIRMED,
        )
        .values("agenda_item")
        .annotate(n=Count("registration", distinct=True))
        .values_list("agenda_item", "n")
    )
    arrivals = dict(
        CheckIn.objects.filter(agenda_item__event=event, registration__status=CONFIRMED)
        .values("agenda_item")
        .annotate(n=Count("registration", distinct=True))
        .values_list("agenda_item", "n")
    )
    with_registrations = set(
        ItemRegistration.objects.filter(agenda_item__event=event).values_list(
            "agenda_item", flat=True
        )
    )
    items = AgendaItem.objects.filter(event=event).select_related("room")
    for item in items.order_by("starts_at", "pk"):
        if item_is_seated(item, with_registrations=with_registrations):
            registered, arrived = seats.get(item.pk, 0), seated_arrivals.get(item.pk, 0)
        else:
            registered, arrived = whole["registered"], arrivals.get(item.pk, 0)
        figures.append(Figures(str(item.title), registered, arrived, item=item))
    return figures


def check_ins_of(event: Event) -> int:
    """How many check-ins (event and items) the event has recorded."""
    return CheckIn.objects.filter(registration__event=event).count()


def checked_in_ids(event: Event, registration_ids: list[int]) -> set[int]:
    """Which of these registrations checked in at the event (arrival)."""
    if not registration_ids:
        return set()
    return set(
        CheckIn.objects.filter(
            registration__event=event,
            registration_id__in=registration_ids,
            agenda_item__isnull=True,
        ).values_list("registration_id", flat=True)
    )
