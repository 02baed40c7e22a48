"""Delegation endpoints (read only): the delegations a user sees (staff: all; a leader: theirs
and those under them) and their rosters. Another user's delegation is a 404, as on the site."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.errors import NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, ErrorOut

from .models import Delegate, Delegation
from .selectors import delegation_list, delegations_visible_to, roster

router = Router(tags=["delegations"])
AUTH_ERRORS: dict[int, type[Schema]] = {401: ErrorOut, **READ_ERRORS}


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
    arrival_at: dt.datetime | None
    departure_at: dt.datetime | None
    hotel: str

    @staticmethod
    def resolve_title_en(obj: Delegate) -> str:
        return obj.title_en or ""

    @staticmethod
    def resolve_title_zh(obj: Delegate) -> str:
        return obj.title_zh_hans or ""


def _visible(request: HttpRequest, delegation_id: int) -> Delegation:
    try:
        return delegations_visible_to(request.user).get(pk=delegation_id)
    except Delegation.DoesNotExist:
        raise NotFound() from None


@router.get("/", response={200: list[DelegationOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def delegations(request: HttpRequest) -> object:
    """The delegations the user sees, with their counts."""
    scopes.require(request, "delegations:read", signed_in=True)
    return delegation_list(request.user).prefetch_related("organizations")


@router.get("/{delegation_id}", response={200: DelegationOut, **AUTH_ERRORS})
def delegation(request: HttpRequest, delegation_id: int) -> object:
    scopes.require(request, "delegations:read", signed_in=True)
    _visible(request, delegation_id)
    return delegation_list(request.user).prefetch_related("organizations").get(pk=delegation_id)


@router.get(
    "/{delegation_id}/delegates",
    response={200: list[DelegateOut], **AUTH_ERRORS},
)
@paginate(BoundedLimitOffset)
def delegates(request: HttpRequest, delegation_id: int, parts: bool = False) -> object:
    """The roster (with the sub-delegations' when ``parts``)."""
    scopes.require(request, "delegations:read", signed_in=True)
    return roster(_visible(request, delegation_id), include_parts=parts)
