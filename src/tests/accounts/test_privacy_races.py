"""Two erasures of one account at the same moment (a double submit, two browsers): the row lock
lets one erase and the other find it done, with one audit entry. Needs PostgreSQL."""

from __future__ import annotations

import functools

import pytest

from tests.factories import RepresentativeFactory
from tests.matchmaking.test_races import ROUNDS, on_postgresql, race
from tradebridge.accounts.models import PersonalDataAccess, User
from tradebridge.accounts.privacy import personal_data_erase
from tradebridge.directory.models import Representative

from .conftest import PASSWORD


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_erasures_at_once_erase_once():
    for round_ in range(ROUNDS):
        user = RepresentativeFactory().user
        # Two requests, each with the account as it read it.
        first, second = User.objects.get(pk=user.pk), User.objects.get(pk=user.pk)
        outcome = race(
            {
                "first": functools.partial(personal_data_erase, actor=first, password=PASSWORD),
                "second": functools.partial(personal_data_erase, actor=second, password=PASSWORD),
            }
        )
        assert outcome.crashed == []
        assert (len(outcome.done), len(outcome.refused)) == (1, 1)
        assert PersonalDataAccess.objects.filter(subject=user).count() == 1
        assert PersonalDataAccess.objects.count() == round_ + 1
        assert not Representative.objects.filter(user=user).exists()
