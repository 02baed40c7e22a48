"""Delegation endpoints: the delegations a user sees (staff: all; a leader: theirs and those
under them), creating and changing them, and their rosters (list, add, change, remove).

Who may do what is ``rules.py``'s, as on the web pages: another user's delegation is a 404;
staff create national delegations, a leader (with a confirmed address) creates parts under
theirs and keeps their rosters. A token limited to an event sees only that event's
delegations. The writes are ``services.py``'s, the same the pages call."""

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Path, Router, Schema, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization, Region
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, ErrorOut, Id, Slug

from . import rules, services
from .models import Delegate, Delegation, validate_passport_name
from .selectors import delegation_list, delegations_visible_to, roster

router = Router(tags=["delegations"])
AUTH_ERRORS: dict[int, type[Schema]] = {401: ErrorOut, **READ_ERRORS}
WRITE_ERRORS: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, **READ_ERRORS}


def _local(value: dt.datetime | None, event: Event | None) -> dt.datetime | None:
    """A time in the zone of the delegation's event (ISO 8601 with its offset)."""
    if value is None:
        return None
    return timezone.localtime(value, event.zone) if event is not None else value


class DelegationOut(Schema):
    id: int
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")
    event: str | None = Field(None, alias="event.slug")
    parent_id: int | None
    region: str | None = Field(None, alias="region.code")
    delegate_count: int
    child_count: int
    organization_count: int
    organizations: list[str]

    @staticmethod
    def resolve_name_en(obj: Delegation) -> str:
        return obj.name_en or ""

    @staticmethod
    def resolve_name_zh(obj: Delegation) -> str:
        return obj.name_zh_hans or ""

    @staticmethod
    def resolve_organizations(obj: Delegation) -> list[str]:
        return [o.slug for o in obj.organizations.all()]


class DelegateOut(Schema):
    id: int
    delegation_id: int
    full_name: str
    family_name: str
    given_name: str
    passport_name: str = Field(..., alias="latin_name")
    organization: str | None = Field(None, alias="organization.slug")
    organization_name: str
    title_en: str
    title_zh: str
    languages: str
    gender: str
    email: str
    phone: str
    arrival_at: dt.datetime | None = Field(..., description="in the event's time zone")
    departure_at: dt.datetime | None = Field(..., description="in the event's time zone")
    hotel: str

    @staticmethod
    def resolve_title_en(obj: Delegate) -> str:
        return obj.title_en or ""

    @staticmethod
    def resolve_title_zh(obj: Delegate) -> str:
        return obj.title_zh_hans or ""

    @staticmethod
    def resolve_arrival_at(obj: Delegate) -> dt.datetime | None:
        return _local(obj.arrival_at, obj.delegation.event)

    @staticmethod
    def resolve_departure_at(obj: Delegate) -> dt.datetime | None:
        return _local(obj.departure_at, obj.delegation.event)


class DelegationIn(Schema):
    name_en: str = Field("", max_length=200)
    name_zh: str = Field("", max_length=200)
    event: Slug | None = Field(None, description="the event's slug")
    parent_id: Id | None = Field(None, description="the delegation this one is part of")
    region: str | None = Field(None, max_length=20, description="a region's code, e.g. CN-JS")
    organizations: list[Slug] = Field(
        [], max_length=500, description="member organizations' slugs (staff)"
    )


class DelegationPatch(Schema):
    """Only the fields sent change."""

    name_en: str | None = Field(None, max_length=200)
    name_zh: str | None = Field(None, max_length=200)
    event: Slug | None = None
    parent_id: Id | None = None
    region: str | None = Field(None, max_length=20)
    organizations: list[Slug] | None = Field(None, max_length=500)


class DelegateIn(Schema):
    full_name: str = Field(..., max_length=200, description="in its own script, e.g. 王磊")
    passport_name: str = Field(
        "", max_length=200, description="as printed in the passport, e.g. WANG LEI"
    )
    family_name: str = Field("", max_length=100)
    given_name: str = Field("", max_length=100)
    organization: Slug | None = Field(None, description="a member organization's slug")
    organization_name: str = Field("", max_length=200)
    title_en: str = Field("", max_length=200)
    title_zh: str = Field("", max_length=200)
    languages: str = Field("", max_length=200)
    gender: Literal["", "F", "M", "X"] = ""
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=50)
    arrival_at: dt.datetime | None = Field(None, description="with its offset")
    departure_at: dt.datetime | None = Field(None, description="with its offset")
    hotel: str = Field("", max_length=200)


class DelegatePatch(Schema):
    """Only the fields sent change."""

    full_name: str | None = Field(None, max_length=200)
    passport_name: str | None = Field(None, max_length=200)
    family_name: str | None = Field(None, max_length=100)
    given_name: str | None = Field(None, max_length=100)
    organization: Slug | None = None
    organization_name: str | None = Field(None, max_length=200)
    title_en: str | None = Field(None, max_length=200)
    title_zh: str | None = Field(None, max_length=200)
    languages: str | None = Field(None, max_length=200)
    gender: Literal["", "F", "M", "X"] | None = None
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=50)
    arrival_at: dt.datetime | None = None
    departure_at: dt.datetime | None = None
    hotel: str | None = Field(None, max_length=200)


# --- lookups ---------------------------------------------------------------------------------


def _within_token_event(request: HttpRequest, event_id: int | None) -> None:
    """A token limited to an event knows nothing of other events' delegations, nor of those
    that travel to no event."""
    limit = scopes.token_event_id(request)
    if limit is not None and event_id != limit:
        raise NotFound()


def _token_may_write_for(request: HttpRequest, event_id: int | None) -> None:
    """A token limited to an event does not put a delegation in another event (or in none)."""
    limit = scopes.token_event_id(request)
    if limit is not None and event_id != limit:
        raise NotAllowed(_("This token is limited to another event."), details={"field": "event"})


def _visible(request: HttpRequest, delegation_id: int) -> Delegation:
    try:
        delegation = (
            delegations_visible_to(request.user)
            .select_related("event", "parent")
            .get(pk=delegation_id)
        )
    except Delegation.DoesNotExist:
        raise NotFound() from None
    _within_token_event(request, delegation.event_id)
    return delegation


def _editable(request: HttpRequest, delegation_id: int) -> Delegation:
    delegation = _visible(request, delegation_id)
    if not rules.can_edit_delegation(request.user, delegation):
        raise NotAllowed()
    return delegation


def _delegate(delegation: Delegation, delegate_id: int) -> Delegate:
    found = (
        Delegate.objects.filter(pk=delegate_id, delegation=delegation)
        .select_related("delegation__event", "organization", "user")
        .first()
    )
    if found is None:
        raise NotFound()
    return found


def _with_counts(request: HttpRequest, delegation: Delegation) -> Delegation:
    return delegation_list(request.user).prefetch_related("organizations").get(pk=delegation.pk)


def _event(slug: str | None) -> Event | None:
    if not slug:
        return None
    found = Event.objects.filter(slug=slug).first()
    if found is None:
        raise ApplicationError(_("No event has this identifier."), details={"field": "event"})
    return found


def _parent(request: HttpRequest, parent_id: int | None) -> Delegation | None:
    if parent_id is None:
        return None
    found = delegations_visible_to(request.user).filter(pk=parent_id).first()
    if found is None:
        raise ApplicationError(
            _("No delegation you can see has this id."), details={"field": "parent_id"}
        )
    return found


def _region(code: str | None) -> Region | None:
    if not code:
        return None
    found = Region.objects.filter(code=code).first()
    if found is None:
        raise ApplicationError(_("No region has this code."), details={"field": "region"})
    return found


def _organizations(slugs: list[str]) -> list[Organization]:
    found = {o.slug: o for o in Organization.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise ApplicationError(
            _("No organization in the directory has the identifier %(slug)s.")
            % {"slug": unknown[0]},
            details={"field": "organizations"},
        )
    return [found[slug] for slug in dict.fromkeys(slugs)]


# --- delegations -----------------------------------------------------------------------------


@router.get("/", response={200: list[DelegationOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def delegations(request: HttpRequest) -> object:
    """The delegations the caller sees, with their counts: staff all of them, a leader
    theirs and those under them (a token limited to an event: that event's)."""
    scopes.require(request, "delegations:read", signed_in=True)
    return delegation_list(request.user, event_id=scopes.token_event_id(request)).prefetch_related(
        "organizations"
    )


@router.post("/", response={201: DelegationOut, **WRITE_ERRORS})
def delegation_create(request: HttpRequest, data: DelegationIn) -> Status[Delegation]:
    """Create a delegation. Staff create any; a delegation's leader (with a confirmed
    address) creates parts under theirs (``parent_id``). Member organizations are set by
    staff only."""
    user: User = scopes.require(request, "delegations:write")
    parent = _parent(request, data.parent_id)
    event = _event(data.event)
    if data.organizations and not rules.can_set_organizations(user):
        raise NotAllowed(
            _("Member organizations are set by the secretariat."),
            details={"field": "organizations"},
        )
    _token_may_write_for(request, event.pk if event else (parent.event_id if parent else None))
    delegation = services.delegation_create(
        actor=user,
        data=services.DelegationInput(
            name={"en": data.name_en, "zh_hans": data.name_zh},
            event=event,
            parent=parent,
            region=_region(data.region),
            organizations=_organizations(data.organizations),
        ),
    )
    return Status(201, _with_counts(request, delegation))


@router.get("/{delegation_id}", response={200: DelegationOut, **AUTH_ERRORS})
def delegation(request: HttpRequest, delegation_id: Path[Id]) -> object:
    """One delegation: staff, and its leaders (and those above them)."""
    scopes.require(request, "delegations:read", signed_in=True)
    return _with_counts(request, _visible(request, delegation_id))


@router.patch("/{delegation_id}", response={200: DelegationOut, **WRITE_ERRORS})
def delegation_update(
    request: HttpRequest, delegation_id: Path[Id], data: DelegationPatch
) -> Delegation:
    """Change a delegation: staff, and its leaders (with a confirmed address). Only staff
    move it under another delegation (``parent_id``) and set its member organizations."""
    user: User = scopes.require(request, "delegations:write")
    delegation = _editable(request, delegation_id)
    sent = data.model_fields_set
    staff = rules.can_manage_delegations(user)
    for name in ("parent_id", "organizations"):
        if name in sent and not staff:
            raise NotAllowed(
                _("Only the secretariat moves a delegation and sets its member organizations."),
                details={"field": name},
            )
    event = _event(data.event) if "event" in sent else delegation.event
    if "event" in sent:
        _token_may_write_for(request, event.pk if event else None)
    services.delegation_update(
        actor=user,
        delegation=delegation,
        data=services.DelegationInput(
            name={
                "en": (data.name_en if "name_en" in sent else delegation.name_en) or "",
                "zh_hans": (data.name_zh if "name_zh" in sent else delegation.name_zh_hans) or "",
            },
            event=event,
            parent=_parent(request, data.parent_id) if "parent_id" in sent else delegation.parent,
            region=_region(data.region) if "region" in sent else delegation.region,
            organizations=_organizations(data.organizations or [])
            if "organizations" in sent
            else list(delegation.organizations.all()),
        ),
    )
    return _with_counts(request, delegation)


# --- the roster ------------------------------------------------------------------------------


@router.get("/{delegation_id}/delegates", response={200: list[DelegateOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def delegates(request: HttpRequest, delegation_id: Path[Id], parts: bool = False) -> object:
    """The roster (with the sub-delegations' when ``parts``): staff and the delegation's
    leaders."""
    scopes.require(request, "delegations:read", signed_in=True)
    return roster(_visible(request, delegation_id), include_parts=parts).select_related(
        "delegation__event"
    )


def _passport_name(value: str) -> str:
    """The passport spelling as the roster form takes it: normalised (capitals, accents
    folded), then checked; an error names the field."""
    normalized = services.normalize_passport_name(value)
    try:
        validate_passport_name(normalized)
    except Exception as error:  # django's ValidationError, with its translated message
        messages = getattr(error, "messages", None) or [str(error)]
        raise ApplicationError(str(messages[0]), details={"field": "passport_name"}) from None
    return normalized


# Travel happens in these years; a time far outside them is a typing error (and before
# 1900 a zone's offset was local mean time, which ISO 8601 cannot write).
YEARS = range(1970, 2200)


def _aware(value: dt.datetime | None, field: str) -> dt.datetime | None:
    if value is not None and timezone.is_naive(value):
        raise ApplicationError(
            _("Give the time with its offset, e.g. 2016-05-10T14:30:00-07:00."),
            details={"field": field},
        )
    if value is not None and value.year not in YEARS:
        raise ApplicationError(
            _("Give a time between the years 1970 and 2199."), details={"field": field}
        )
    return value


def _member(delegation: Delegation, slug: str | None) -> Organization | None:
    """The roster names a member organization (as the form's list does), else free text."""
    if not slug:
        return None
    found = delegation.organizations.filter(slug=slug).first()
    if found is None:
        raise ApplicationError(
            _("This organization is not a member of the delegation: give organization_name."),
            details={"field": "organization"},
        )
    return found


def _delegate_input(
    delegation: Delegation, values: dict[str, Any], user: User | None
) -> services.DelegateInput:
    return services.DelegateInput(
        full_name=values["full_name"],
        latin_name=_passport_name(values["passport_name"]),
        family_name=values["family_name"],
        given_name=values["given_name"],
        organization=_member(delegation, values["organization"]),
        organization_name=values["organization_name"],
        title={"en": values["title_en"], "zh_hans": values["title_zh"]},
        languages=values["languages"],
        gender=values["gender"],
        email=values["email"],
        phone=values["phone"],
        arrival_at=_aware(values["arrival_at"], "arrival_at"),
        departure_at=_aware(values["departure_at"], "departure_at"),
        hotel=values["hotel"],
        user=user,
    )


def _current(delegate: Delegate) -> dict[str, Any]:
    return {
        "full_name": delegate.full_name,
        "passport_name": delegate.latin_name,
        "family_name": delegate.family_name,
        "given_name": delegate.given_name,
        "organization": delegate.organization.slug if delegate.organization else None,
        "organization_name": delegate.organization_name,
        "title_en": delegate.title_en or "",
        "title_zh": delegate.title_zh_hans or "",
        "languages": delegate.languages,
        "gender": delegate.gender,
        "email": delegate.email,
        "phone": delegate.phone,
        "arrival_at": delegate.arrival_at,
        "departure_at": delegate.departure_at,
        "hotel": delegate.hotel,
    }


@router.post("/{delegation_id}/delegates", response={201: DelegateOut, **WRITE_ERRORS})
def delegate_add(
    request: HttpRequest, delegation_id: Path[Id], data: DelegateIn
) -> Status[Delegate]:
    """Add a person to the roster: staff and the delegation's leaders (with a confirmed
    address). ``passport_name`` is checked as the roster form checks it."""
    user: User = scopes.require(request, "delegations:write")
    delegation = _editable(request, delegation_id)
    added = services.delegate_add(
        actor=user,
        delegation=delegation,
        data=_delegate_input(delegation, data.model_dump(), None),
    )
    return Status(201, _delegate(delegation, added.pk))


@router.get("/{delegation_id}/delegates/{delegate_id}", response={200: DelegateOut, **AUTH_ERRORS})
def delegate(request: HttpRequest, delegation_id: Path[Id], delegate_id: Path[Id]) -> Delegate:
    """One roster entry: staff, the delegation's leaders, and the delegate themselves."""
    user = scopes.require(request, "delegations:read", signed_in=True)
    found = (
        Delegate.objects.filter(pk=delegate_id, delegation_id=delegation_id)
        .select_related("delegation__event", "organization")
        .first()
    )
    if found is None or not rules.can_view_delegate(user, found):
        raise NotFound()
    _within_token_event(request, found.delegation.event_id)
    return found


@router.patch(
    "/{delegation_id}/delegates/{delegate_id}", response={200: DelegateOut, **WRITE_ERRORS}
)
def delegate_update(
    request: HttpRequest, delegation_id: Path[Id], delegate_id: Path[Id], data: DelegatePatch
) -> Delegate:
    """Change a roster entry: staff and the delegation's leaders. Only the fields sent
    change."""
    user: User = scopes.require(request, "delegations:write")
    delegation = _editable(request, delegation_id)
    current = _delegate(delegation, delegate_id)
    values = {**_current(current), **data.model_dump(exclude_unset=True)}
    for name, value in values.items():
        if value is None and name not in (
            "organization",
            "arrival_at",
            "departure_at",
        ):
            raise ApplicationError(_("This field cannot be null."), details={"field": name})
    services.delegate_update(
        actor=user,
        delegate=current,
        data=_delegate_input(delegation, values, current.user),
    )
    return _delegate(delegation, current.pk)


@router.delete("/{delegation_id}/delegates/{delegate_id}", response={204: None, **WRITE_ERRORS})
def delegate_remove(
    request: HttpRequest, delegation_id: Path[Id], delegate_id: Path[Id]
) -> Status[None]:
    """Take a person off the roster: staff and the delegation's leaders."""
    user: User = scopes.require(request, "delegations:write")
    delegation = _editable(request, delegation_id)
    services.delegate_remove(actor=user, delegate=_delegate(delegation, delegate_id))
    return Status(204, None)
