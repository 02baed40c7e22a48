"""Factories of check-in's tests: registrations and agenda items (their own apps' factories
may replace these once they exist)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import factory

from tradebridge.events.models import AgendaItem
from tradebridge.registrations.models import ItemRegistration, Registration

LA = ZoneInfo("America/Los_Angeles")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    full_name = factory.Sequence(lambda n: f"Attendee {n}")
    email = factory.Sequence(lambda n: f"attendee{n}@example.org")
    status = Registration.Status.CONFIRMED
    consent_version = "1"
    consented_at = factory.LazyFunction(lambda: dt.datetime(2016, 4, 1, tzinfo=dt.UTC))
    waitlisted_at = factory.Maybe(
        factory.LazyAttribute(lambda r: r.status == Registration.Status.WAITLISTED),
        yes_declaration=factory.LazyFunction(lambda: dt.datetime(2016, 4, 2, tzinfo=dt.UTC)),
        no_declaration=None,
    )


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    title = factory.Sequence(lambda n: f"Briefing {n}")
    title_en = factory.SelfAttribute("title")
    kind = AgendaItem.Kind.BRIEFING
    starts_at = factory.Sequence(
        lambda n: dt.datetime(2016, 5, 11, 9, 0, tzinfo=LA) + dt.timedelta(hours=n % 8)
    )
    ends_at = factory.LazyAttribute(lambda i: i.starts_at + dt.timedelta(minutes=45))


class ItemRegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ItemRegistration

    status = Registration.Status.CONFIRMED
