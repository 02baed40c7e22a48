"""Two people acting on the same interest, opportunity or deal at the same moment: whichever
write comes second sees what the first did. Concurrent transactions need PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.matchmaking.test_races import race
from tradebridge.pool import services
from tradebridge.pool.models import Deal, DealEvent, Interest, Opportunity, Review
from tradebridge.pool.services import ReviewInput, StageInput

from .conftest import post

ROUNDS = 8

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_accept_and_withdraw_at_once_leave_one_outcome(
    staff, owner, organization, partner, partner_org
):
    from .conftest import publish

    for _ in range(ROUNDS):
        opportunity = publish(staff, post(owner, organization))
        interest = services.interest_express(
            actor=partner, opportunity=opportunity, organization=partner_org, cooperation="x"
        )
        outcome = race(
            {
                "accept": lambda pk=interest.pk: services.interest_answer(
                    actor=owner, interest=Interest.objects.get(pk=pk), accept=True
                ),
                "withdraw": lambda pk=interest.pk: services.interest_withdraw(
                    actor=partner, interest=Interest.objects.get(pk=pk)
                ),
            }
        )
        assert not outcome.crashed
        assert len(outcome.done) == 1 and len(outcome.refused) == 1
        status = Interest.objects.get(pk=interest.pk).status
        deals = Deal.objects.filter(interest_id=interest.pk).count()
        if outcome.done == ["accept"]:
            assert (status, deals) == (Interest.Status.ACCEPTED, 1)
        else:
            assert (status, deals) == (Interest.Status.WITHDRAWN, 0)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_reviews_at_once_record_one(staff, owner, organization):
    for _ in range(ROUNDS):
        opportunity = post(owner, organization)
        services.opportunity_submit(actor=owner, opportunity=opportunity)

        def review(result: str, pk: int = opportunity.pk):
            return lambda: services.opportunity_review(
                actor=staff,
                opportunity=Opportunity.objects.get(pk=pk),
                data=ReviewInput(
                    innovation=3, clarity=3, cooperation=3, language=3, result=result, comment="c"
                ),
            )

        outcome = race({"publish": review("publish"), "reject": review("reject")})
        assert not outcome.crashed
        assert len(outcome.done) == 1
        assert Review.objects.filter(opportunity=opportunity).count() == 1
        expected = "published" if outcome.done == ["publish"] else "rejected"
        assert Opportunity.objects.get(pk=opportunity.pk).status == expected


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_stage_moves_from_the_same_stage_record_one(
    staff, owner, organization, partner, partner_org
):
    from .conftest import publish

    opportunity = publish(staff, post(owner, organization))
    interest = services.interest_express(
        actor=partner, opportunity=opportunity, organization=partner_org, cooperation="x"
    )
    services.interest_answer(actor=owner, interest=interest, accept=True)
    deal = Deal.objects.get(interest=interest)
    # Both sides saw the deal at the same stage before either acted: read before the race, or
    # on a loaded machine the second thread may read the first one's result and then move on
    # from it, legitimately (a second move, not a race).
    seen_by_owner, seen_by_partner = Deal.objects.get(pk=deal.pk), Deal.objects.get(pk=deal.pk)
    outcome = race(
        {
            "signed": lambda: services.deal_move(
                actor=owner, deal=seen_by_owner, data=StageInput(stage="signed")
            ),
            "closed": lambda: services.deal_move(
                actor=partner,
                deal=seen_by_partner,
                data=StageInput(stage="closed", close_reason="withdrawn"),
            ),
        }
    )
    assert not outcome.crashed
    assert len(outcome.done) == 1
    assert Deal.objects.get(pk=deal.pk).stage == outcome.done[0]
    assert DealEvent.objects.filter(deal=deal).count() == 2
