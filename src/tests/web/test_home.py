"""The home page's headline figures equal independent counts of the same rows."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.factories import OrganizationFactory
from tradebridge.directory.models import Organization, Sector


@pytest.fixture
def directory(db):
    for n in range(3):
        OrganizationFactory(side="CN", name=f"CN {n}", name_en=f"CN {n}")
    for n in range(5):
        OrganizationFactory(side="US", name=f"US {n}", name_en=f"US {n}")
    OrganizationFactory(side="US", name="Hidden", name_en="Hidden", is_public=False)


def _figures(html: str) -> dict[str, int]:
    stats = html[html.index('<section class="stats">') :]
    stats = stats[: stats.index("</section>")]
    return {
        label: int(number)
        for number, label in re.findall(r"<strong>(\d+)</strong><span>([^<]+)</span>", stats)
    }


def test_headline_figures_are_the_counts_of_public_organizations(client, directory):
    figures = _figures(client.get(reverse("web:home")).content.decode())
    public = Organization.objects.filter(is_public=True)
    assert figures == {
        "organizations": public.count(),
        "China": sum(1 for o in public if o.side == "CN"),
        "United States": sum(1 for o in public if o.side == "US"),
        "sectors": Sector.objects.count(),
    }
    assert (figures["China"], figures["United States"]) == (3, 5)
