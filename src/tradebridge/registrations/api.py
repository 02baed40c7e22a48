"""Registration endpoints: an event's public figures (and each agenda item's); the signed-in
person's registrations and registering themselves; staff's list of an event's registrations
(filtered, paged, incremental with ``updated_since``: a registration vendor's sync) and
registering someone; a delegation's leader registering delegates; one registration read,
cancelled (its seat goes to the waiting list), and its seats in agenda items.
The rules are those of the web pages (``rules.py``); the services do the writing. Personal
data (e-mail, needs) only reaches whoever ``rules.can_view_registration`` allows."""

import datetime as dt
from typing import Annotated, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.delegations.selectors import descendant_ids
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, Conflict, NotAllowed, NotFound
from tradebridge.events.models import AgendaItem, Event
from tradebridge.events.selectors import events_visible_to
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, ErrorOut, Id, Slug

from . import rules, selectors, services
from .models import ItemRegistration, Registration

router = Router(tags=["registrations"])

ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, **READ_ERRORS}


class CountsOut(Schema):
    event: str
    is_open: bool
    capacity: int | None = Field(..., description="seats; null for no limit")
    confirmed: int
    waitlisted: int
    seats_left: int | None


class RegistrationOut(Schema):
    id: int
    event: str = Field(..., description="the event's slug")
    full_name: str
    latin_name: str
    email: str
    organization: str
    organization_slug: str | None
    title: str
    role: str
    delegation: int | None = Field(..., description="the delegation's id, for delegates")
    languages: list[str]
    diet: str
    dietary_needs: str
    accessibility_needs: str
    status: str
    waitlisted_at: dt.datetime | None
    waiting_position: int | None = Field(..., description="1 for the first person waiting")
    consent_version: str
    consented_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    cancelled_at: dt.datetime | None

    @staticmethod
    def resolve_event(obj: Registration) -> str:
        return obj.event.slug

    # Times in the event's zone (ISO 8601 with its offset).
    @staticmethod
    def resolve_waitlisted_at(obj: Registration) -> dt.datetime | None:
        return _local(obj, obj.waitlisted_at)

    @staticmethod
    def resolve_consented_at(obj: Registration) -> dt.datetime | None:
        return _local(obj, obj.consented_at)

    @staticmethod
    def resolve_created_at(obj: Registration) -> dt.datetime | None:
        return _local(obj, obj.created_at)

    @staticmethod
    def resolve_updated_at(obj: Registration) -> dt.datetime | None:
        return _local(obj, obj.updated_at)

    @staticmethod
    def resolve_cancelled_at(obj: Registration) -> dt.datetime | None:
        return _local(obj, obj.cancelled_at)

    @staticmethod
    def resolve_organization(obj: Registration) -> str:
        return obj.organization_label

    @staticmethod
    def resolve_organization_slug(obj: Registration) -> str | None:
        return obj.organization.slug if obj.organization else None

    @staticmethod
    def resolve_delegation(obj: Registration) -> int | None:
        return obj.delegation_id

    @staticmethod
    def resolve_waiting_position(obj: Registration) -> int | None:
        if obj.status != Registration.Status.WAITLISTED:
            return None
        ahead = getattr(obj, "waiting_ahead", None)  # lists annotate it (one query a page)
        return ahead + 1 if ahead is not None else selectors.waiting_position(obj)


def _local(registration: Registration, value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value, registration.event.zone) if value is not None else None


class RegistrationIn(Schema):
    full_name: str = Field(..., max_length=200)
    latin_name: str = Field("", max_length=200)
    organization: str | None = Field(None, description="a directory organization's slug")
    organization_name: str = Field("", max_length=200)
    title: str = Field("", max_length=200)
    role: str = Registration.Role.ATTENDEE
    languages: list[Literal["zh", "en"]] = []
    diet: str = ""
    dietary_needs: str = Field("", max_length=300)
    accessibility_needs: str = Field("", max_length=2000)
    consent: bool = Field(..., description="the person agrees to the privacy notice")
    consent_version: str = Field(..., description="the version of the notice agreed to")


class StaffRegistrationIn(RegistrationIn):
    email: str = Field(..., max_length=254)


class StaffFiltersIn(Schema):
    status: Literal["", "confirmed", "waitlisted", "cancelled"] = ""
    role: str = Field("", max_length=12)
    q: str = Field("", max_length=200)
    updated_since: dt.datetime | None = Field(
        None, description="only registrations changed at or after this time (with its offset)"
    )


class ItemCountsOut(Schema):
    id: int
    title_en: str
    title_zh: str
    starts_at: dt.datetime
    seat_limit: int | None = Field(..., description="seats; null for no limit")
    confirmed: int
    waitlisted: int
    seats_left: int | None


class ItemRegistrationOut(Schema):
    id: int
    registration: int
    agenda_item: int
    title_en: str
    title_zh: str
    status: str
    waitlisted_at: dt.datetime | None
    waiting_position: int | None
    cancelled_at: dt.datetime | None
    created_at: dt.datetime

    @classmethod
    def of(cls, row: ItemRegistration) -> "ItemRegistrationOut":
        zone = row.registration.event.zone
        item = row.agenda_item

        def local(value: dt.datetime | None) -> dt.datetime | None:
            return timezone.localtime(value, zone) if value is not None else None

        return cls(
            id=row.pk,
            registration=row.registration_id,
            agenda_item=row.agenda_item_id,
            title_en=str(getattr(item, "title_en", "") or ""),
            title_zh=str(getattr(item, "title_zh_hans", "") or ""),
            status=row.status,
            waitlisted_at=local(row.waitlisted_at),
            waiting_position=selectors.item_waiting_position(row),
            cancelled_at=local(row.cancelled_at),
            created_at=local(row.created_at),  # type: ignore[arg-type]
        )


class ItemRegistrationIn(Schema):
    item_id: Id


class DelegatesIn(Schema):
    delegates: Annotated[list[Id], Field(min_length=1, max_length=500)] = Field(
        ..., description="ids of roster entries of the delegation (or of its parts)"
    )
    consent: bool = Field(..., description="the delegates agreed to the privacy notice")
    consent_version: str = Field(..., max_length=20)


def _event(user: AnyUser, slug: str) -> Event:
    try:
        return events_visible_to(user).get(slug=slug)
    except Event.DoesNotExist:
        raise NotFound() from None


def _scoped_event(request: HttpRequest, scope: str, slug: str, *, signed_in: bool) -> Event:
    """The event, after the scope check; a token limited to another event gets 404."""
    scopes.require(request, scope, signed_in=signed_in)
    event = _event(request.user, slug)
    scopes.require(request, scope, signed_in=signed_in, event_id=event.pk)
    return event


def _registration(request: HttpRequest, scope: str, registration_id: int) -> Registration:
    """A registration the caller may see (others are 404: they may not know it exists)."""
    user = scopes.require(request, scope, signed_in=True)
    found = (
        Registration.objects.select_related("event", "organization", "delegation")
        .filter(pk=registration_id)
        .first()
    )
    if found is None or not rules.can_view_registration(user, found):
        raise NotFound()
    scopes.require(request, scope, signed_in=True, event_id=found.event_id)
    return found


def _state_conflict(error: ApplicationError) -> ApplicationError:
    """A service's "not in the state it starts from" (already cancelled, not confirmed) is
    HTTP's 409."""
    if error.code in ("cancelled", "not_confirmed"):
        return Conflict(error.message, details={"reason": error.code})
    return error


def _input(data: RegistrationIn, email: str) -> services.RegistrationInput:
    organization = None
    if data.organization:
        organization = Organization.objects.filter(slug=data.organization).first()
        if organization is None:
            raise ApplicationError(
                "No organization in the directory has this identifier.",
                details={"field": "organization"},
            )
    return services.RegistrationInput(
        full_name=data.full_name,
        email=email,
        latin_name=data.latin_name,
        organization=organization,
        organization_name=data.organization_name,
        title=data.title,
        role=data.role,
        languages=tuple(data.languages),
        diet=data.diet,
        dietary_needs=data.dietary_needs,
        accessibility_needs=data.accessibility_needs,
    )


def _with_relations(registration: Registration) -> Registration:
    return Registration.objects.select_related("event", "organization").get(pk=registration.pk)


def _listed(rows: QuerySet[Registration]) -> QuerySet[Registration]:
    return selectors.with_waiting_positions(rows.select_related("event", "organization"))


@router.get("/events/{slug}", response={200: CountsOut, **ERRORS})
def event_counts(request: HttpRequest, slug: Path[Slug]) -> CountsOut:
    """Whether the event takes registrations, its capacity and how many are confirmed and
    waiting: anyone who may see the event (a token needs ``registrations:read``)."""
    event = _scoped_event(request, "registrations:read", slug, signed_in=False)
    counts = selectors.registration_counts(event)
    return CountsOut(
        event=event.slug,
        is_open=selectors.registration_settings_of(event).is_open,
        capacity=counts.capacity,
        confirmed=counts.confirmed,
        waitlisted=counts.waitlisted,
        seats_left=counts.seats_left,
    )


@router.get("/mine", response={200: list[RegistrationOut], **ERRORS})
@paginate(BoundedLimitOffset)
def my_registrations(request: HttpRequest):  # type: ignore[no-untyped-def]
    """The signed-in person's registrations, cancelled ones too, newest first."""
    user: User = scopes.require(request, "registrations:read", signed_in=True)
    rows = selectors.registrations_of(user)
    limit = scopes.token_event_id(request)
    if limit is not None:
        rows = rows.filter(event_id=limit)
    return _listed(rows).order_by("-created_at", "-pk")


@router.post("/events/{slug}/register", response={201: RegistrationOut, **ERRORS})
def register_self(
    request: HttpRequest, slug: Path[Slug], data: RegistrationIn
) -> Status[Registration]:
    """The signed-in person registers for the event with their account's address: confirmed
    while seats last (``status`` "confirmed"), else wait-listed ("waitlisted")."""
    user: User = scopes.require(request, "registrations:write", signed_in=True)
    event = _scoped_event(request, "registrations:write", slug, signed_in=True)
    registration = services.registration_register_self(
        actor=user,
        event=event,
        data=_input(data, user.email),
        consented=data.consent,
        consent_version=data.consent_version,
    )
    return Status(201, _with_relations(registration))


@router.get(
    "/events/{slug}/registrations",
    response={200: list[RegistrationOut], **ERRORS},
)
@paginate(BoundedLimitOffset)
def event_registrations(request: HttpRequest, slug: Path[Slug], filters: Query[StaffFiltersIn]):  # type: ignore[no-untyped-def]
    """Staff: every registration of the event (cancelled ones too), filtered by status, role,
    a text, and ``updated_since`` (a vendor's incremental sync: pass the time of the last
    sync). Confirmed first, then the waiting list in its order, then the cancelled."""
    user: User = scopes.require(request, "registrations:read", signed_in=True)
    event = _scoped_event(request, "registrations:read", slug, signed_in=True)
    if not rules.can_manage_registrations(user, event):
        raise NotAllowed()
    if filters.updated_since is not None and timezone.is_naive(filters.updated_since):
        raise ApplicationError(
            _("Give the time with its offset, e.g. 2016-05-10T14:30:00-07:00."),
            details={"field": "updated_since"},
        )
    return _listed(
        selectors.registrations_for_staff(
            event,
            selectors.StaffFilters(
                status=filters.status,
                role=filters.role,
                query=filters.q,
                updated_since=filters.updated_since,
            ),
        )
    )


@router.post(
    "/events/{slug}/registrations",
    response={201: RegistrationOut, **ERRORS},
)
def register_someone(
    request: HttpRequest, slug: Path[Slug], data: StaffRegistrationIn
) -> Status[Registration]:
    """Staff register someone on their behalf, in any role; ``consent`` says the person agreed
    to the privacy notice."""
    user: User = scopes.require(request, "registrations:write", signed_in=True)
    event = _scoped_event(request, "registrations:write", slug, signed_in=True)
    registration = services.registration_register_by_staff(
        actor=user,
        event=event,
        data=_input(data, data.email),
        consented=data.consent,
        consent_version=data.consent_version,
    )
    return Status(201, _with_relations(registration))


@router.get("/events/{slug}/items", response={200: list[ItemCountsOut], **ERRORS})
def item_counts(request: HttpRequest, slug: Path[Slug]) -> list[ItemCountsOut]:
    """Each agenda item of the event in time order with its seats, confirmed and waiting:
    anyone who may see the event (a token needs ``registrations:read``)."""
    event = _scoped_event(request, "registrations:read", slug, signed_in=False)
    return [
        ItemCountsOut(
            id=line.item.pk,
            title_en=str(getattr(line.item, "title_en", "") or ""),
            title_zh=str(getattr(line.item, "title_zh_hans", "") or ""),
            starts_at=timezone.localtime(line.item.starts_at, event.zone),
            seat_limit=line.limit,
            confirmed=line.confirmed,
            waitlisted=line.waitlisted,
            seats_left=None if line.limit is None else max(line.limit - line.confirmed, 0),
        )
        for line in selectors.item_lines(event)
    ]


@router.get("/{registration_id}", response={200: RegistrationOut, **ERRORS})
def registration(request: HttpRequest, registration_id: Path[Id]) -> Registration:
    """One registration: the attendee, staff, and the leader of the delegation it comes
    from; anyone else gets 404."""
    return _registration(request, "registrations:read", registration_id)


@router.post("/{registration_id}/cancel", response={200: RegistrationOut, **ERRORS})
def registration_cancel(request: HttpRequest, registration_id: Path[Id]) -> Registration:
    """Cancel a registration (the attendee, staff, the delegation's leader): only from
    confirmed or wait-listed (409 when already cancelled). The freed seat goes to the first
    person waiting, who is told; the person's seats in agenda items go to those items'
    waiting lists."""
    user = scopes.require(request, "registrations:write", signed_in=True)
    found = _registration(request, "registrations:write", registration_id)
    try:
        services.registration_cancel(actor=user, registration=found)
    except ApplicationError as error:
        raise _state_conflict(error) from None
    return _with_relations(found)


def _item_rows(registration: Registration) -> QuerySet[ItemRegistration]:
    return ItemRegistration.objects.filter(registration=registration).select_related(
        "registration__event", "agenda_item"
    )


@router.get("/{registration_id}/items", response={200: list[ItemRegistrationOut], **ERRORS})
def registration_items(
    request: HttpRequest, registration_id: Path[Id]
) -> list[ItemRegistrationOut]:
    """The registration's seats (and places in line) in agenda items, cancelled ones too:
    whoever may see the registration."""
    found = _registration(request, "registrations:read", registration_id)
    return [
        ItemRegistrationOut.of(row)
        for row in _item_rows(found).order_by("agenda_item__starts_at", "pk")
    ]


@router.post("/{registration_id}/items", response={201: ItemRegistrationOut, **ERRORS})
def item_register(
    request: HttpRequest, registration_id: Path[Id], data: ItemRegistrationIn
) -> Status[ItemRegistrationOut]:
    """A confirmed registration takes a seat in an agenda item of its event, or a place on
    its waiting list when it is full (``status``). Whoever may change the registration."""
    user = scopes.require(request, "registrations:write", signed_in=True)
    found = _registration(request, "registrations:write", registration_id)
    item = AgendaItem.objects.filter(pk=data.item_id, event_id=found.event_id).first()
    if item is None:
        raise ApplicationError(
            _("No agenda item of this event has this id."), details={"field": "item_id"}
        )
    try:
        row = services.item_register(actor=user, registration=found, item=item)
    except ApplicationError as error:
        raise _state_conflict(error) from None
    return Status(201, ItemRegistrationOut.of(_item_rows(found).get(pk=row.pk)))


@router.post("/items/{item_registration_id}/cancel", response={200: ItemRegistrationOut, **ERRORS})
def item_cancel(request: HttpRequest, item_registration_id: Path[Id]) -> ItemRegistrationOut:
    """Give up a seat (or place in line) in an agenda item: 409 when already cancelled. The
    first person waiting for the item gets the seat and is told."""
    user = scopes.require(request, "registrations:write", signed_in=True)
    row = (
        ItemRegistration.objects.select_related(
            "registration__event", "registration__delegation", "agenda_item"
        )
        .filter(pk=item_registration_id)
        .first()
    )
    if row is None or not rules.can_view_registration(user, row.registration):
        raise NotFound()
    scopes.require(request, "registrations:write", event_id=row.registration.event_id)
    try:
        services.item_cancel(actor=user, item_registration=row)
    except ApplicationError as error:
        raise _state_conflict(error) from None
    return ItemRegistrationOut.of(_item_rows(row.registration).get(pk=row.pk))


# --- a delegation's leader ---------------------------------------------------------------------


def _delegation(request: HttpRequest, scope: str, delegation_id: int) -> Delegation:
    """A delegation whose delegates the caller registers (staff, its leaders with a confirmed
    address): anyone else gets 404, as on the leader's page."""
    user = scopes.require(request, scope, signed_in=True)
    found = Delegation.objects.select_related("event").filter(pk=delegation_id).first()
    if found is None or found.event is None or not rules.can_register_delegates(user, found):
        raise NotFound()
    scopes.require(request, scope, signed_in=True, event_id=found.event_id)
    return found


@router.get(
    "/delegations/{delegation_id}/registrations",
    response={200: list[RegistrationOut], **ERRORS},
)
@paginate(BoundedLimitOffset)
def delegation_registrations(request: HttpRequest, delegation_id: Path[Id]):  # type: ignore[no-untyped-def]
    """The registrations of the delegation's delegates (and of its parts') for the event it
    travels to, cancelled ones too: staff and the delegation's leaders."""
    found = _delegation(request, "registrations:read", delegation_id)
    return _listed(
        Registration.objects.filter(event=found.event, delegation_id__in=descendant_ids(found))
    ).order_by("delegation_id", "full_name", "pk")


@router.post(
    "/delegations/{delegation_id}/registrations",
    response={201: list[RegistrationOut], **ERRORS},
)
def register_delegates(
    request: HttpRequest, delegation_id: Path[Id], data: DelegatesIn
) -> Status[list[Registration]]:
    """A delegation's leader (or staff) registers delegates of its roster (and of its parts')
    for the event it travels to, as delegates, with their consent: all or none. Those already
    registered are left as they are; the answer lists the new registrations."""
    user: User = scopes.require(request, "registrations:write", signed_in=True)
    found = _delegation(request, "registrations:write", delegation_id)
    within = set(descendant_ids(found))
    people = {
        d.pk: d for d in Delegate.objects.filter(pk__in=data.delegates, delegation_id__in=within)
    }
    missing = [pk for pk in data.delegates if pk not in people]
    if missing:
        raise ApplicationError(
            _("No delegate of this delegation has the id %(id)s.") % {"id": missing[0]},
            details={"field": "delegates"},
        )
    created = services.registration_register_delegates(
        actor=user,
        delegation=found,
        delegates=[people[pk] for pk in dict.fromkeys(data.delegates)],
        consented=data.consent,
        consent_version=data.consent_version,
    )
    return Status(
        201,
        list(
            _listed(Registration.objects.filter(pk__in=[r.pk for r in created])).order_by(
                "full_name", "pk"
            )
        ),
    )
