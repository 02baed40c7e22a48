"""Two confirmations of one roster upload at the same moment (a double click, two tabs): the
roster is imported once, the other confirmation is told it is done. Needs PostgreSQL."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tests.matchmaking.test_races import on_postgresql, race
from tradebridge.delegations.importing import roster_import_confirm, roster_import_create
from tradebridge.delegations.models import Delegate, RosterImport

from .factories import DelegationFactory

ROUNDS = 5


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_roster_confirmed_twice_at_once_is_imported_once():
    leader = UserFactory()
    for round_ in range(ROUNDS):
        delegation = DelegationFactory(leaders=[leader])
        content = "Name,Passport name\n吕晓明,LYU XIAOMING\n欧阳慧,OUYANG HUI\n".encode()
        upload = roster_import_create(
            actor=leader, delegation=delegation, filename=f"r{round_}.csv", content=content
        )
        outcome = race(
            {
                "first": lambda u=upload: roster_import_confirm(actor=leader, upload=u),
                "second": lambda u=upload: roster_import_confirm(actor=leader, upload=u),
            }
        )
        assert not outcome.crashed, outcome.crashed
        assert (len(outcome.done), len(outcome.refused)) == (1, 1)
        assert Delegate.objects.filter(delegation=delegation).count() == 2
        upload.refresh_from_db()
        assert upload.status == RosterImport.Status.IMPORTED
