"""Factories of the registrations tests (and the programme and delegation rows they need)."""

from __future__ import annotations

import datetime as dt

import factory

from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.events.models import AgendaItem, Room
from tradebridge.registrations.models import Registration


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    name = factory.Sequence(lambda n: f"Room {n}")
    capacity = None


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    kind = AgendaItem.Kind.BREAKOUT
    title = factory.Sequence(lambda n: f"Breakout {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"分组讨论 {n}")
    starts_at = dt.datetime(2016, 5, 11, 17, 0, tzinfo=dt.UTC)
    ends_at = dt.datetime(2016, 5, 11, 18, 0, tzinfo=dt.UTC)


class DelegationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegation

    name = factory.Sequence(lambda n: f"Delegation {n}")
    name_en = factory.SelfAttribute("name")
    name_zh_hans = factory.Sequence(lambda n: f"代表团 {n}")


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegate

    full_name = factory.Sequence(lambda n: f"王磊{n}")
    latin_name = factory.Sequence(lambda n: f"WANG LEI{'I' * (n % 5)}")
    email = factory.Sequence(lambda n: f"delegate{n}@example.cn")
    languages = "Chinese"


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A row as the services would leave it (for reads; writes go through the services)."""

    class Meta:
        model = Registration

    full_name = factory.Sequence(lambda n: f"Attendee {n}")
    email = factory.Sequence(lambda n: f"attendee{n}@example.org")
    consent_version = "2026-12-02"
    consented_at = factory.LazyFunction(lambda: dt.datetime.now(dt.UTC))
