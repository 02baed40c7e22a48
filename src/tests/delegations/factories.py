"""Factories of the delegations' models."""

from __future__ import annotations

import datetime as dt

import factory

from tests.factories import UserFactory
from tradebridge.delegations.models import Delegate, Delegation, Letterhead
from tradebridge.events.models import Event


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    slug = factory.Sequence(lambda n: f"summit-{n}")
    title_en = factory.Sequence(lambda n: f"California–China Business Summit {n}")
    title_zh_hans = factory.Sequence(lambda n: f"加州—中国经贸合作峰会{n}")
    title = factory.SelfAttribute("title_en")
    venue_en = "Los Angeles Convention Center"
    venue = factory.SelfAttribute("venue_en")
    starts_on = dt.date(2016, 5, 11)
    ends_on = dt.date(2016, 5, 11)
    time_zone = "America/Los_Angeles"


class DelegationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegation
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Provincial Delegation {n}")
    name_zh_hans = factory.Sequence(lambda n: f"省代表团{n}")
    name = factory.SelfAttribute("name_en")
    event = factory.SubFactory(EventFactory)

    @factory.post_generation
    def leaders(self, create, extracted, **kwargs):
        if create and extracted:
            self.leaders.set(extracted)


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegate

    delegation = factory.SubFactory(DelegationFactory)
    full_name = factory.Sequence(lambda n: f"王磊{n}")
    latin_name = factory.Sequence(lambda n: f"WANG LEI{'I' * (n % 5)} {chr(65 + n % 26)}")
    title_en = "General Manager"
    title_zh_hans = "总经理"
    title = factory.SelfAttribute("title_en")
    hotel = "The Westin Bonaventure"


class LetterheadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Letterhead

    host_name = "Governor's Office of Business and Economic Development"
    address = "1325 J Street\nSacramento, CA 95814"
    contact = "+1 916 555 0100"
    signatory_name = "Laura Mitchell"
    signatory_title = "Deputy Director"
    purpose = "to attend the summit"


__all__ = [
    "DelegateFactory",
    "DelegationFactory",
    "EventFactory",
    "LetterheadFactory",
    "UserFactory",
]
