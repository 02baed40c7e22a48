"""Directory endpoints: organizations (list, profile, creation by staff, changes by their
representatives and staff), their representatives, and the taxonomy. The same rules
(``rules``) and services (``services``) as the directory's pages; a change is validated by the
profile page's own form (``forms.OrganizationForm``), so the API accepts what the page accepts."""

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StringConstraints, field_validator

from tradebridge import scopes
from tradebridge.accounts.rules import is_secretariat, refusal_reason
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS, Id, IsoDateTime, Slug, Translated

from . import rules
from .forms import OrganizationForm
from .models import CooperationType, Organization, Region, Representative, Sector
from .search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_terms
from .selectors import (
    DirectoryFilters,
    organization_get,
    organization_list,
    representatives_of,
    user_by_email,
    with_contacts_shown,
)
from .services import (
    organization_create,
    organization_update,
    representative_add,
    representative_remove,
)

router = Router(tags=["directory"])

# Taxonomy and region codes: letters, digits and dashes (this also keeps NUL bytes, which
# PostgreSQL refuses, out of the queries).
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,60}$")]
# Free text of a profile: no NUL byte (PostgreSQL refuses them in text).
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=20000)]
Line = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=200)]


class TermOut(Schema):
    code: str
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")


class RegionOut(Schema):
    code: str = Field(..., description="ISO 3166-2, e.g. CN-JS")
    country: str = Field(..., description="ISO 3166-1 alpha-2, e.g. CN")
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")


class ContactsOut(Schema):
    name: str
    email: str
    phone: str


class OrganizationOut(Schema):
    slug: str
    name_en: Translated
    name_zh: Translated = Field(..., alias="name_zh_hans")
    description_en: Translated
    description_zh: Translated = Field(..., alias="description_zh_hans")
    offers_details_en: Translated
    offers_details_zh: Translated = Field(..., alias="offers_details_zh_hans")
    seeks_details_en: Translated
    seeks_details_zh: Translated = Field(..., alias="seeks_details_zh_hans")
    side: str = Field(..., description="CN, US or XX (other)")
    kind: str
    size: str = Field(..., description="empty when not given")
    region: str | None = Field(None, alias="region.code")
    sectors: list[TermOut]
    offers: list[TermOut]
    seeks: list[TermOut]
    website: str
    logo: str | None = Field(..., description="the logo's address, null without one")
    is_public: bool = Field(..., description="listed publicly (else seen by staff only)")
    contacts: ContactsOut | None = Field(
        ...,
        description="private: for the organization's representatives, staff and those another "
        "domain grants them to (a confirmed meeting); lists show them to staff and "
        "representatives only, the profile to every caller allowed",
    )
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_sectors(obj: Organization) -> list[object]:
        return list(obj.sectors.all())

    @staticmethod
    def resolve_offers(obj: Organization) -> list[object]:
        return list(obj.offers.all())

    @staticmethod
    def resolve_seeks(obj: Organization) -> list[object]:
        return list(obj.seeks.all())

    @staticmethod
    def resolve_logo(obj: Organization) -> str | None:
        return obj.logo.url if obj.logo else None

    @staticmethod
    def resolve_contacts(obj: Organization) -> "ContactsOut | None":
        # Set by the endpoint from the rules (a list: ``with_contacts_shown``).
        if not getattr(obj, "contacts_shown", False):
            return None
        return ContactsOut(name=obj.contact_name, email=obj.contact_email, phone=obj.contact_phone)


class OrganizationFilters(Schema):
    q: str = Field(
        "",
        max_length=MAX_QUERY_CHARS,
        description=f"words in English or Chinese, at most {MAX_QUERY_TERMS}",
    )
    side: Literal["", "CN", "US", "XX"] = ""
    kind: Literal["", "enterprise", "association", "government", "institution"] = ""
    sector: list[Code] = []
    region: list[Code] = []
    offers: list[Code] = []
    seeks: list[Code] = []
    updated_since: IsoDateTime | None = Field(
        None,
        description="only those changed at or after this moment (ISO 8601 with offset), "
        "for clients that keep a copy in step",
    )
    ordering: Literal[
        "", "name", "-name", "updated_at", "-updated_at", "created_at", "-created_at"
    ] = Field(
        "",
        description="empty: by name in the request's language (with `q`: best matches first)",
    )

    @field_validator("q")
    @classmethod
    def _few_enough_words(cls, value: str) -> str:
        # Each word is one more condition in the query (the directory form checks the same).
        if len(query_terms(value, limit=MAX_QUERY_TERMS + 1)) > MAX_QUERY_TERMS:
            raise ValueError(f"at most {MAX_QUERY_TERMS} words")
        return value


@router.get("/organizations", response={200: list[OrganizationOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_organizations(request: HttpRequest, filters: Query[OrganizationFilters]):  # type: ignore[no-untyped-def]
    """Organizations the caller may see, filtered like the directory page: the public ones,
    and for a representative their own unlisted one, for staff all. Anyone may call it
    (scope `directory:read` with a token)."""
    user = scopes.require(request, "directory:read")
    found = organization_list(
        user=user,
        filters=DirectoryFilters(
            q=filters.q,
            side=filters.side,
            kind=filters.kind,
            sectors=filters.sector,
            regions=filters.region,
            offers=filters.offers,
            seeks=filters.seeks,
            updated_since=filters.updated_since,
        ),
        ordering=filters.ordering,
    )
    return with_contacts_shown(found, user)


def _organization(request: HttpRequest, slug: str, scope: str) -> tuple[Any, Organization]:
    user = scopes.require(request, scope)
    try:
        organization = organization_get(slug=slug)
    except Organization.DoesNotExist:
        raise NotFound("No such organization.") from None
    if not rules.can_view_organization(user, organization):
        raise NotFound("No such organization.")
    return user, organization


def _shown(user: Any, organization: Organization) -> Organization:
    organization.contacts_shown = rules.can_view_contacts(user, organization)  # type: ignore[attr-defined]
    return organization


@router.get("/organizations/{slug}", response={200: OrganizationOut, **READ_ERRORS})
def get_organization(request: HttpRequest, slug: Path[Slug]) -> Organization:
    """One organization's profile, with its contact details for those allowed to see them.
    Anyone may call it for a public organization (scope `directory:read` with a token); an
    unlisted one is for its representatives and staff (404 for others)."""
    user, organization = _organization(request, slug, "directory:read")
    return _shown(user, organization)


class OrganizationIn(Schema):
    """A profile as the profile page edits it. In a change (PATCH) every field is optional and
    a field left out keeps its value."""

    name_en: Line = ""
    name_zh: Line = ""
    description_en: Text = ""
    description_zh: Text = ""
    offers_details_en: Text = ""
    offers_details_zh: Text = ""
    seeks_details_en: Text = ""
    seeks_details_zh: Text = ""
    side: Literal["CN", "US", "XX"] = Field("US", description="staff only")
    kind: Literal["enterprise", "association", "government", "institution"] = "enterprise"
    size: Literal["", "micro", "small", "medium", "large", "very-large"] = ""
    region: Code | None = Field(None, description="an ISO 3166-2 code (see /regions), or null")
    sectors: list[Code] = Field([], description="codes of /sectors")
    offers: list[Code] = Field([], description="codes of /cooperation-types")
    seeks: list[Code] = Field([], description="codes of /cooperation-types")
    website: Annotated[str, StringConstraints(max_length=200)] = ""
    contact_name: Line = ""
    contact_email: Annotated[str, StringConstraints(max_length=254)] = ""
    contact_phone: Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=50)] = ""
    is_public: bool = Field(True, description="staff only")


class OrganizationCreateIn(OrganizationIn):
    side: Literal["CN", "US", "XX"]


# Fields only staff change (the profile page does not show them to representatives).
STAFF_FIELDS = ("side", "is_public")
# API field → the profile form's field.
_FORM_NAMES = {
    f"{name}_zh": f"{name}_zh_hans"
    for name in ("name", "description", "offers_details", "seeks_details")
}


def _form_input(
    organization: Organization, values: dict[str, Any], *, staff: bool
) -> Any:  # services.OrganizationInput
    """The profile form filled with the organization's current values and the given ones,
    validated as the page validates it; its first complaint as a 400 naming the field."""
    data: dict[str, Any] = (
        OrganizationForm.initial_for(organization) if organization.pk else {"is_public": True}
    )
    for name, value in values.items():
        data[_FORM_NAMES.get(name, name)] = "" if value is None else value
    data = {k: v for k, v in data.items() if k != "logo"}
    form = OrganizationForm(data=data, staff=staff)
    if not form.is_valid():
        errors = {
            next((api for api, own in _FORM_NAMES.items() if own == name), name): [
                str(m) for m in messages
            ]
            for name, messages in form.errors.items()
        }
        field, messages = next(iter(errors.items()))
        where = "" if field == "__all__" else f"{field}: "
        raise ApplicationError(
            f"{where}{messages[0]}",
            details={"field": None if field == "__all__" else field, "errors": errors},
        )
    return form.to_input(organization)


@router.post("/organizations", response={201: OrganizationOut})
def create_organization(request: HttpRequest, data: OrganizationCreateIn) -> Status[Organization]:
    """Add an organization to the directory. Staff only (scope `directory:write`)."""
    user = scopes.require(request, "directory:write")
    if not rules.can_manage_directory(user):
        raise NotAllowed()
    given = data.model_dump()
    organization = organization_create(
        data=_form_input(Organization(side=data.side), given, staff=True), actor=user
    )
    return Status(201, _shown(user, organization_get(slug=organization.slug)))


class OrganizationPatch(OrganizationIn):
    side: Literal["CN", "US", "XX"] | None = Field(None, description="staff only")  # type: ignore[assignment]
    is_public: bool | None = Field(None, description="staff only")  # type: ignore[assignment]


@router.patch("/organizations/{slug}", response={200: OrganizationOut})
def update_organization(
    request: HttpRequest, slug: Path[Slug], data: OrganizationPatch
) -> Organization:
    """Change a profile: its representatives (with a confirmed address) and staff (scope
    `directory:write`). The fields left out keep their values; `side` and `is_public` are
    changed by staff only. The same checks as the profile page."""
    user, organization = _organization(request, slug, "directory:write")
    if not rules.can_edit_organization(user, organization):
        # An unconfirmed representative is told to confirm their address, as on the page.
        raise NotAllowed(refusal_reason(user))
    given = data.model_dump(include=data.model_fields_set)
    staff = is_secretariat(user)
    if not staff:
        for name in STAFF_FIELDS:
            if given.get(name) is not None and given[name] != getattr(organization, name):
                raise NotAllowed(
                    f"{name}: only the secretariat changes it.", details={"field": name}
                )
            given.pop(name, None)
    for name in STAFF_FIELDS:
        if name in given and given[name] is None:
            given.pop(name)
    organization_update(
        organization=organization,
        data=_form_input(organization, given, staff=staff),
        actor=user,
    )
    return _shown(user, organization_get(slug=organization.slug))


class RepresentativeOut(Schema):
    id: int
    name: str = Field(..., description="the person's full name (else their address)")
    email: str
    title: str = Field(..., description="job title")

    @classmethod
    def of(cls, representative: Representative) -> "RepresentativeOut":
        user = representative.user
        return cls(
            id=representative.pk,
            name=user.full_name or user.email,
            email=user.email,
            title=representative.title,
        )


@router.get(
    "/organizations/{slug}/representatives",
    response={200: list[RepresentativeOut], **READ_ERRORS},
)
@paginate(BoundedLimitOffset)
def list_representatives(request: HttpRequest, slug: Path[Slug]):  # type: ignore[no-untyped-def]
    """The people who speak for an organization. Contact details: for the organization's
    representatives, staff and those another domain grants its contacts to (a confirmed
    meeting); 403 for other callers (scope `directory:read`)."""
    user, organization = _organization(request, slug, "directory:read")
    if not rules.can_view_representatives(user, organization):
        raise NotAllowed(
            "An organization's representatives are shown to those who may see its contacts."
        )
    return [RepresentativeOut.of(r) for r in representatives_of(organization)]


class RepresentativeIn(Schema):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254, pattern=r"^[^\x00]+$")]
    title: Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00]*$")] = ""


@router.post(
    "/organizations/{slug}/representatives",
    response={200: RepresentativeOut, 201: RepresentativeOut},
)
def add_representative(
    request: HttpRequest, slug: Path[Slug], data: RepresentativeIn
) -> Status[RepresentativeOut]:
    """Link a person (an existing account, by e-mail address) to the organization; 201, or
    200 when already linked (their title updated). Staff only (scope `directory:write`)."""
    user, organization = _organization(request, slug, "directory:write")
    if not rules.can_manage_representatives(user, organization):
        raise NotAllowed()
    person = user_by_email(data.email)
    if person is None:
        raise ApplicationError("email: no account has this address.", details={"field": "email"})
    existed = Representative.objects.filter(user=person, organization=organization).exists()
    representative = representative_add(
        organization=organization, user=person, title=data.title, actor=user
    )
    return Status(200 if existed else 201, RepresentativeOut.of(representative))


@router.delete("/organizations/{slug}/representatives/{representative_id}", response={204: None})
def remove_representative(
    request: HttpRequest, slug: Path[Slug], representative_id: Path[Id]
) -> Status[None]:
    """Unlink a representative from the organization (their account stays). Staff only
    (scope `directory:write`)."""
    user, organization = _organization(request, slug, "directory:write")
    if not rules.can_manage_representatives(user, organization):
        raise NotAllowed()
    representative = representatives_of(organization).filter(pk=representative_id).first()
    if representative is None:
        raise NotFound("No such representative of this organization.")
    representative_remove(representative=representative, actor=user)
    return Status(204, None)


# The taxonomy: public.


@router.get("/sectors", response={200: list[TermOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_sectors(request: HttpRequest):  # type: ignore[no-untyped-def]
    """The sectors organizations are filed under, in the directory's order. Anyone may call
    it (scope `directory:read` with a token)."""
    scopes.require(request, "directory:read")
    return Sector.objects.order_by("order", "code")


@router.get("/cooperation-types", response={200: list[TermOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_cooperation_types(request: HttpRequest):  # type: ignore[no-untyped-def]
    """What organizations offer and seek (investment, distribution...): the codes of the
    `offers` and `seeks` fields. Anyone may call it (scope `directory:read` with a token)."""
    scopes.require(request, "directory:read")
    return CooperationType.objects.order_by("order", "code")


class RegionFilters(Schema):
    country: Annotated[str, StringConstraints(pattern=r"^([A-Za-z]{2})?$")] = Field(
        "", description="ISO 3166-1 alpha-2, e.g. CN"
    )


@router.get("/regions", response={200: list[RegionOut], **READ_ERRORS})
@paginate(BoundedLimitOffset)
def list_regions(request: HttpRequest, filters: Query[RegionFilters]):  # type: ignore[no-untyped-def]
    """Regions (ISO 3166-2 subdivisions) by code. Anyone may call it (scope
    `directory:read` with a token)."""
    scopes.require(request, "directory:read")
    regions = Region.objects.order_by("code")
    if filters.country:
        regions = regions.filter(code__startswith=f"{filters.country.upper()}-")
    return regions
