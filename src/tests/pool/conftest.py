"""The pool's fixtures: an American owner with its representative, a Chinese organization
interested in its opportunities, and helpers that post and publish opportunities through the
services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.pool import services
from tradebridge.pool.models import Opportunity
from tradebridge.pool.services import OpportunityInput, ReviewInput


def opportunity_input(**overrides) -> OpportunityInput:
    values = {
        "kind": Opportunity.Kind.TECHNOLOGY_OFFER,
        "title": {"en": "Rooftop solar inverters", "zh_hans": "屋顶光伏逆变器"},
        "summary": {
            "en": "We license our high-efficiency inverter design.",
            "zh_hans": "我们授权高效逆变器设计。",
        },
        "sector": Sector.objects.get(code="energy"),
        "region": Region.objects.get(code="US-CA"),
        "amount": Decimal("2000000"),
        "deadline": dt.date(2030, 1, 1),
    }
    values.update(overrides)
    return OpportunityInput(**values)


def post(actor, owner: Organization, **overrides) -> Opportunity:
    return services.opportunity_create(
        actor=actor, owner=owner, data=opportunity_input(**overrides)
    )


def publish(staff, opportunity: Opportunity) -> Opportunity:
    if opportunity.status != Opportunity.Status.IN_REVIEW:
        services.opportunity_submit(actor=staff, opportunity=opportunity)
    services.opportunity_review(
        actor=staff,
        opportunity=opportunity,
        data=ReviewInput(innovation=4, clarity=4, cooperation=4, language=5, result="publish"),
    )
    opportunity.refresh_from_db()
    return opportunity


@pytest.fixture
def published(staff, owner, organization) -> Opportunity:
    return publish(staff, post(owner, organization))


@pytest.fixture
def partner_org(db) -> Organization:
    org = OrganizationFactory(
        side=Organization.Side.CN,
        name_en="Jiangsu Sunrise PV",
        name="Jiangsu Sunrise PV",
        name_zh_hans="江苏日出光伏",
        contact_email="li@sunrise.example.cn",
    )
    org.region = Region.objects.get(code="CN-JS")
    org.save()
    return org


@pytest.fixture
def partner(partner_org):
    """A representative of the interested Chinese organization."""
    return RepresentativeFactory(organization=partner_org).user
