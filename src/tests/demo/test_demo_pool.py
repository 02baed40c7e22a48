"""The demo's project pool: about 40 opportunities of every type in both languages, some
anonymous, some in review; about 30 deals at every stage, several signed with amounts, traced
back to the 2016 summit's meetings; the board's counts equal independent counts."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tradebridge.demo.events import EVENT_SLUG
from tradebridge.demo.services import STAFF_EMAIL, demo_load
from tradebridge.pool.models import Deal, DealEvent, Opportunity
from tradebridge.pool.selectors import board

pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield demo_load()
        transaction.set_rollback(True)


def test_about_forty_opportunities_of_every_type_in_both_languages():
    opportunities = Opportunity.objects.all()
    assert 35 <= opportunities.count() <= 45
    assert set(opportunities.values_list("kind", flat=True)) == set(Opportunity.Kind.values)
    assert opportunities.exclude(title_zh_hans="").count() >= 15
    assert opportunities.exclude(title_en="").count() >= 15
    assert opportunities.filter(anonymous=True).count() >= 3
    assert opportunities.filter(status=Opportunity.Status.IN_REVIEW).count() >= 3
    assert opportunities.filter(status=Opportunity.Status.PUBLISHED).count() >= 25
    assert opportunities.values("sector").distinct().count() >= 8


def test_about_thirty_deals_at_every_stage_traced_to_the_summit():
    deals = Deal.objects.all()
    assert 28 <= deals.count() <= 35
    assert set(deals.values_list("stage", flat=True)) == set(Deal.Stage.values)
    signed = deals.filter(stage__in=["signed", "implemented"], amount__isnull=False)
    assert signed.count() >= 5
    from_summit = deals.filter(meetings__session__event__slug=EVENT_SLUG).distinct()
    assert from_summit.count() >= 20
    assert all(d.event and d.event.slug == EVENT_SLUG for d in from_summit)
    # The history is dated from the summit on, in order, and ends at each deal's stage.
    first = DealEvent.objects.order_by("at").first()
    assert first is not None and first.at.year == 2016
    for deal in deals:
        events = list(deal.events.order_by("at", "pk"))
        assert events[-1].to_stage == deal.stage


def test_the_board_counts_what_the_database_counts():
    from tradebridge.accounts.models import User

    staff = User.objects.get(email=STAFF_EMAIL)
    columns = {c["stage"]: c["count"] for c in board(user=staff)}
    for stage in Deal.Stage.values:
        assert columns[stage] == Deal.objects.filter(stage=stage).count()
    client = Client()
    client.force_login(staff)
    for language in ("en", "zh-hans"):
        page = client.get(f"/{language}/pool/manage/board/").content.decode()
        for stage, count in columns.items():
            assert f'data-testid="count-{stage}">{count}<' in page


def test_the_pool_pages_answer_in_both_languages():
    client = Client()
    for language in ("en", "zh-hans"):
        assert client.get(f"/{language}/pool/").status_code == 200
    public = Opportunity.objects.filter(status="published", visibility="public").first()
    assert client.get(reverse("pool:detail", args=[public.pk])).status_code == 200
