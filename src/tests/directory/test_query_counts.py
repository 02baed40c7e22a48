"""Guards: the directory's pages and list endpoint make as many queries with ten times the
organizations, in both languages, for a visitor and for a signed-in representative (whose own
unlisted organization they also see). The load benchmark (bench/load) measures their speed on
10,000 organizations; these tests keep the query count from growing with the data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.models import CooperationType, Organization, Region, Sector

pytestmark = pytest.mark.django_db

SMALL, LARGE = 4, 40
REGIONS = ["US-CA", "US-TX", "US-NY", "CN-JS", "CN-GD", "CN-SH"]


def _grow(total: int) -> None:
    """Organizations in several regions with sectors, offers and seeks, a few unlisted, each
    written in both languages, until the directory holds ``total``."""
    types = list(CooperationType.objects.order_by("code"))
    sectors = list(Sector.objects.order_by("code"))
    while (n := Organization.objects.count()) < total:
        organization = OrganizationFactory(
            side="CN" if n % 2 else "US",
            region=Region.objects.get(code=REGIONS[n % len(REGIONS)]),
            is_public=n % 7 != 3,
            sectors=[sectors[n % len(sectors)].code, "energy"],
        )
        organization.offers.set(types[n % 3 : n % 3 + 2])
        organization.seeks.set(types[n % 5 : n % 5 + 1])


def _pages(slug: str) -> dict[str, str]:
    return {
        "list en": "/en/directory/",
        "list zh": "/zh-hans/directory/",
        "list filtered": "/en/directory/?sector=energy&offers=distribution&region=US-CA&side=US",
        "search en": "/en/directory/?q=solar+rooftop",
        "search zh": "/zh-hans/directory/?q=%E5%85%89%E4%BC%8F",
        "search, second page": "/en/directory/?q=solar&page=2",
        "organization en": f"/en/directory/o/{slug}/",
        "organization zh": f"/zh-hans/directory/o/{slug}/",
        "API organizations": "/api/v1/directory/organizations",
        "API search": "/api/v1/directory/organizations?q=%E5%85%89%E4%BC%8F&limit=5",
        "API filtered": "/api/v1/directory/organizations?sector=energy&offers=distribution",
    }


def _queries(client, pages: dict[str, str]) -> dict[str, int]:
    counts = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(queries)
    return counts


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "representative"])
def test_directory_pages_make_as_many_queries_with_ten_times_the_organizations(signed_in):
    _grow(SMALL)
    own = OrganizationFactory(is_public=False, name_en="Hidden Solar Works", name="Hidden")
    user = RepresentativeFactory(organization=own).user
    client = client_for(user) if signed_in else Client()
    pages = _pages(Organization.objects.filter(is_public=True).order_by("pk").first().slug)
    client.get("/en/directory/?q=solar")  # the session and the vocabulary are loaded once
    before = _queries(client, pages)
    _grow(LARGE)
    after = _queries(client, pages)
    assert after == before
    assert Organization.objects.count() >= LARGE


def test_a_representative_sees_its_unlisted_organization_once_among_the_others():
    _grow(SMALL)
    own = OrganizationFactory(is_public=False, sectors=["energy"])
    user = RepresentativeFactory(organization=own).user
    RepresentativeFactory(organization=own)  # a second representative: no duplicate row
    body = client_for(user).get("/api/v1/directory/organizations?sector=energy").json()
    slugs = [item["slug"] for item in body["items"]]
    public_energy = Organization.objects.filter(is_public=True, sectors__code="energy")
    assert sorted(slugs) == sorted([own.slug, *public_energy.values_list("slug", flat=True)])
    assert body["count"] == len(slugs)
