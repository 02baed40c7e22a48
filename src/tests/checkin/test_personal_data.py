"""A person's download holds their check-ins; an erasure keeps the figures."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tradebridge.accounts.personal_data import Identifiers
from tradebridge.checkin.models import CheckIn
from tradebridge.checkin.personal_data import check_ins_erase, check_ins_export
from tradebridge.checkin.services import check_in

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def test_export_lists_own_check_ins_only(staff, event):
    person = UserFactory(email="zeng@example.org")
    mine = RegistrationFactory(event=event, user=person, email=person.email)
    other = RegistrationFactory(event=event)
    for registration in (mine, other):
        check_in(actor=staff, code=registration.check_in_code, event=event, desk="Desk 1")

    [section] = check_ins_export(person)

    assert [row["desk"] for row in section.rows] == ["Desk 1"]
    assert section.rows[0]["event"] == str(event)


def test_erase_keeps_the_check_ins_for_the_figures(staff, event):
    person = UserFactory(email="zeng@example.org")
    mine = RegistrationFactory(event=event, user=person, email=person.email)
    check_in(actor=staff, code=mine.check_in_code, event=event)

    assert check_ins_erase(person, Identifiers.of([person.email])) == {}
    assert CheckIn.objects.count() == 1
