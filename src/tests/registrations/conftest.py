"""Registrations: an event in Los Angeles, its settings, people with accounts in both
languages, a delegation with a leader."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import UserFactory
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION
from tradebridge.events import services as event_services
from tradebridge.registrations import services
from tradebridge.registrations.services import RegistrationInput

from .factories import DelegateFactory, DelegationFactory

VERSION = PRIVACY_NOTICE_VERSION


def person(email: str, *, language: str = "en", name: str = "") -> object:
    name = name or email.split("@", maxsplit=1)[0]
    return UserFactory(email=email, full_name=name, language=language)


@pytest.fixture
def event(staff):
    return event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "California–China Business Summit", "zh_hans": "加州—中国商务峰会"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )


def register(actor, event, **fields):
    """``actor`` registers themselves with the form's usual answers."""
    data = RegistrationInput(
        full_name=fields.pop("full_name", actor.full_name),
        email=actor.email,
        **fields,
    )
    return services.registration_register_self(
        actor=actor, event=event, data=data, consented=True, consent_version=VERSION
    )


def capacity(staff, event, seats):
    return services.registration_settings_update(
        actor=staff, event=event, capacity=seats, is_open=True
    )


@pytest.fixture
def attendee(db):
    return person("alice@example.org", name="Alice Smith")


@pytest.fixture
def zh_attendee(db):
    return person("wanglei@example.cn", language="zh-hans", name="王磊")


@pytest.fixture
def leader(db):
    return person("leader@example.cn", language="zh-hans", name="李娜")


@pytest.fixture
def delegation(event, leader):
    national = DelegationFactory(event=event, name_en="China delegation")
    national.leaders.add(leader)
    return national


@pytest.fixture
def delegates(delegation):
    return [DelegateFactory(delegation=delegation) for _ in range(3)]
