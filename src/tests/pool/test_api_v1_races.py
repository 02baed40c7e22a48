"""The API's new write path on the pool, withdrawing an opportunity from review, racing a
staff review of it: exactly one wins. Concurrent transactions need PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.matchmaking.test_races import race
from tradebridge.pool import services
from tradebridge.pool.models import Opportunity, Review
from tradebridge.pool.services import ReviewInput

from .conftest import post

ROUNDS = 8

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_withdraw_and_review_at_once_leave_one_outcome(staff, owner, organization):
    for _ in range(ROUNDS):
        opportunity = post(owner, organization)
        services.opportunity_submit(actor=owner, opportunity=opportunity)
        pk = opportunity.pk
        outcome = race(
            {
                "withdraw": lambda pk=pk: services.opportunity_withdraw(
                    actor=owner, opportunity=Opportunity.objects.get(pk=pk)
                ),
                "review": lambda pk=pk: services.opportunity_review(
                    actor=staff,
                    opportunity=Opportunity.objects.get(pk=pk),
                    data=ReviewInput(
                        innovation=3, clarity=3, cooperation=3, language=3, result="publish"
                    ),
                ),
            }
        )
        assert not outcome.crashed
        assert len(outcome.done) == 1 and len(outcome.refused) == 1
        status = Opportunity.objects.get(pk=pk).status
        reviews = Review.objects.filter(opportunity_id=pk).count()
        if outcome.done == ["withdraw"]:
            assert (status, reviews) == ("draft", 0)
        else:
            assert (status, reviews) == ("published", 1)
