"""Directory endpoints."""

from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import StringConstraints, field_validator

from tradebridge.errors import NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import READ_ERRORS

from . import rules
from .models import Organization
from .search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_terms
from .selectors import DirectoryFilters, organization_get, organization_list

router = Router(tags=["directory"])


class TermOut(Schema):
    code: str
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")


class OrganizationOut(Schema):
    slug: str
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")
    description_en: str
    description_zh: str = Field(..., alias="description_zh_hans")
    side: str
    kind: str
    region: str | None = Field(None, alias="region.code")
    sectors: list[TermOut]
    offers: list[TermOut]
    seeks: list[TermOut]
    website: str

    @staticmethod
    def resolve_sectors(obj: Organization) -> list[object]:
        return list(obj.sectors.all())

    @staticmethod
    def resolve_offers(obj: Organization) -> list[object]:
        return list(obj.offers.all())

    @staticmethod
    def resolve_seeks(obj: Organization) -> list[object]:
        return list(obj.seeks.all())


# Taxonomy and region codes: letters, digits and dashes (this also keeps NUL bytes, which
# PostgreSQL refuses, out of the queries).
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,60}$")]


class OrganizationFilters(Schema):
    q: str = Field(
        "",
        max_length=MAX_QUERY_CHARS,
        description=f"words in English or Chinese, at most {MAX_QUERY_TERMS}",
    )
    side: Literal["", "CN", "US", "XX"] = ""
    sector: list[Code] = []
    region: list[Code] = []
    offers: list[Code] = []
    seeks: list[Code] = []

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
    """Public organizations, filtered like the directory page."""
    return organization_list(
        user=request.user,
        filters=DirectoryFilters(
            q=filters.q,
            side=filters.side,
            sectors=filters.sector,
            regions=filters.region,
            offers=filters.offers,
            seeks=filters.seeks,
        ),
    )


@router.get("/organizations/{slug}", response={200: OrganizationOut, **READ_ERRORS})
def get_organization(request: HttpRequest, slug: str) -> Organization:
    """One organization's public profile."""
    try:
        organization = organization_get(slug=slug)
    except Organization.DoesNotExist:
        raise NotFound() from None
    if not rules.can_view_organization(request.user, organization):
        raise NotFound()
    return organization
