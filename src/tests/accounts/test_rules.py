"""The accounts' privacy rules with the owner / other organization / anonymous / staff quartet."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from tradebridge.accounts import rules

pytestmark = pytest.mark.django_db


def test_who_manages_an_account(owner, outsider, staff):
    assert [rules.can_manage_own_account(u) for u in (owner, outsider, staff)] == [True] * 3
    assert rules.can_manage_own_account(AnonymousUser()) is False
    owner.is_active = False
    assert rules.can_manage_own_account(owner) is False
    outsider.erased_at = timezone.now()
    assert rules.can_manage_own_account(outsider) is False


def test_a_person_exports_their_own_data_only(owner, outsider, staff):
    assert rules.can_export_personal_data(owner, owner) is True
    assert rules.can_export_personal_data(outsider, owner) is False
    assert rules.can_export_personal_data(staff, owner) is False
    assert rules.can_export_personal_data(AnonymousUser(), owner) is False


def test_staff_only_read_the_audit(owner, outsider, staff):
    assert [rules.can_see_privacy_audit(u) for u in (owner, outsider, staff)] == [
        False,
        False,
        True,
    ]
    assert rules.can_see_privacy_audit(AnonymousUser()) is False
