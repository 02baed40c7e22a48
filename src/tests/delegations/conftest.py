"""A national delegation with a provincial part, and a user in every role around them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import client_for
from tests.factories import UserFactory
from tradebridge.delegations.models import Delegate, Delegation

from .factories import DelegateFactory, DelegationFactory, EventFactory


@dataclass
class Trip:
    national: Delegation
    province: Delegation
    other: Delegation  # another province's delegation, under the same national one
    delegate: Delegate  # on the province's roster, with an account


@pytest.fixture
def event(db):
    return EventFactory()


@pytest.fixture
def national_leader(db):
    return UserFactory(email="national.leader@example.cn", full_name="周卫东")


@pytest.fixture
def leader(db):
    """The provincial delegation's leader."""
    return UserFactory(email="jiangsu.leader@example.cn", full_name="吕晓明")


@pytest.fixture
def other_leader(db):
    return UserFactory(email="hebei.leader@example.cn", full_name="单立新")


@pytest.fixture
def delegate_user(db):
    return UserFactory(email="wang.lei@example.cn", full_name="王磊")


@pytest.fixture
def trip(event, national_leader, leader, other_leader, delegate_user) -> Trip:
    national = DelegationFactory(
        event=event,
        name_en="Chinese Provincial Trade Delegation",
        name_zh_hans="中国省级经贸代表团",
        leaders=[national_leader],
    )
    province = DelegationFactory(
        event=event,
        parent=national,
        name_en="Jiangsu Provincial Delegation",
        name_zh_hans="江苏省代表团",
        leaders=[leader],
    )
    other = DelegationFactory(
        event=event,
        parent=national,
        name_en="Hebei Provincial Delegation",
        name_zh_hans="河北省代表团",
        leaders=[other_leader],
    )
    delegate = DelegateFactory(
        delegation=province, full_name="王磊", latin_name="WANG LEI", user=delegate_user
    )
    return Trip(national=national, province=province, other=other, delegate=delegate)


@pytest.fixture
def leader_client(leader):
    return client_for(leader)
