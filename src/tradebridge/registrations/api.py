"""Registration endpoints: an event's public figures; the signed-in person's registrations and
registering themselves; staff's list of an event's registrations and registering someone.
The rules are those of the web pages (``rules.py``); the services do the writing."""

import datetime as dt
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StringConstraints

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.events.selectors import events_visible_to
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, ErrorOut

from . import rules, selectors, services
from .models import Registration

router = Router(tags=["registrations"])

Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,80}$")]
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

    @staticmethod
    def resolve_event(obj: Registration) -> str:
        return obj.event.slug

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
        return selectors.waiting_position(obj)


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
    role: str = ""
    q: str = Field("", max_length=200)


def _event(user: AnyUser, slug: str) -> Event:
    try:
        return events_visible_to(user).get(slug=slug)
    except Event.DoesNotExist:
        raise NotFound() from None


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


@router.get("/events/{slug}", response={200: CountsOut, **READ_ERRORS})
def event_counts(request: HttpRequest, slug: Path[Slug]) -> CountsOut:
    """Whether the event takes registrations, its capacity and how many are confirmed and
    waiting."""
    event = _event(request.user, slug)
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
    return selectors.registrations_of(user).order_by("-created_at", "-pk")


@router.post("/events/{slug}/register", response={201: RegistrationOut, **ERRORS})
def register_self(
    request: HttpRequest, slug: Path[Slug], data: RegistrationIn
) -> Status[Registration]:
    """The signed-in person registers for the event with their account's address: confirmed
    while seats last (``status`` "confirmed"), else wait-listed ("waitlisted")."""
    user: User = scopes.require(request, "registrations:write", signed_in=True)
    event = _event(user, slug)
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
    """Staff: every registration of the event, filtered by status, role or a text."""
    user: User = scopes.require(request, "registrations:read", signed_in=True)
    event = _event(user, slug)
    if not rules.can_manage_registrations(user, event):
        raise NotAllowed()
    return selectors.registrations_for_staff(
        event, selectors.StaffFilters(status=filters.status, role=filters.role, query=filters.q)
    ).select_related("event")


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
    event = _event(user, slug)
    registration = services.registration_register_by_staff(
        actor=user,
        event=event,
        data=_input(data, data.email),
        consented=data.consent,
        consent_version=data.consent_version,
    )
    return Status(201, _with_relations(registration))
