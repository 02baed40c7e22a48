"""The demo's delegations: the national delegation of about 130 to the 2016 Los Angeles summit
and its five provincial parts, led by demo accounts, with passport spellings right."""

from __future__ import annotations

import io

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse
from pdfminer.high_level import extract_text

from tradebridge.accounts.models import User
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.demo import delegations, services
from tradebridge.demo.events import EVENT
from tradebridge.demo.services import DEMO_PASSWORD, STAFF_EMAIL, demo_load
from tradebridge.events.services import event_create
from tradebridge.names import suggest_passport_name

pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    # The directory, the accounts and the summit's event (not its match-making, which has its
    # own tests): enough for the delegations, and quick.
    with (
        pytest.MonkeyPatch.context() as patch,
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        patch.setattr(services, "EXTRA_LOADER_MODULES", [])
        demo_load()
        event_create(actor=User.objects.get(email=STAFF_EMAIL), data=EVENT)
        summary = delegations.load()
        yield summary
        transaction.set_rollback(True)


def test_the_load_reports_what_it_created(demo):
    assert demo == f"6 delegations, {Delegate.objects.count()} delegates"
    assert delegations.load() == "0 delegations"


def test_a_national_delegation_of_about_130_with_five_provincial_parts():
    national = Delegation.objects.get(parent=None)
    assert national.name_zh_hans == "中国省级经贸代表团"
    parts = Delegation.objects.filter(parent=national)
    assert sorted(p.region.code for p in parts) == ["CN-GD", "CN-HE", "CN-JS", "CN-NM", "CN-SH"]
    assert 125 <= Delegate.objects.count() <= 135
    for part in parts:
        members = set(part.organizations.values_list("region__code", flat=True))
        assert members == {part.region.code}
        # Each delegate of a province works for one of its member organizations.
        assert not part.delegates.exclude(organization__in=part.organizations.all()).exists()


def test_every_delegation_has_a_leader_who_signs_in_and_sees_it():
    for delegation in Delegation.objects.all():
        [leader] = delegation.leaders.all()
        client = Client()
        assert client.login(email=leader.email, password=DEMO_PASSWORD)
        response = client.get(reverse("delegations:detail", args=[delegation.pk]))
        assert response.status_code == 200
        assert Delegate.objects.filter(delegation=delegation, user=leader).exists()


@pytest.mark.parametrize(
    ("name", "passport"),
    [
        ("曾志强", "ZENG ZHIQIANG"),
        ("单立新", "SHAN LIXIN"),
        ("解文博", "XIE WENBO"),
        ("吕晓明", "LYU XIAOMING"),
        ("欧阳慧", "OUYANG HUI"),
        ("巴特尔", "BATEER"),
    ],
)
def test_tricky_names_have_their_passport_spellings(name, passport):
    assert Delegate.objects.get(full_name=name).latin_name == passport


def test_names_are_distinct_and_passport_names_valid():
    # Two people may share a passport spelling (程 and 成 are both CHENG), not a name.
    names = list(Delegate.objects.values_list("full_name", flat=True))
    assert len(set(names)) == len(names)
    for delegate in Delegate.objects.all():
        delegate.full_clean()
        if delegate.family_name:
            assert delegate.latin_name == suggest_passport_name(delegate.full_name)


def test_everyone_has_a_hotel_and_travel_dates_around_the_summit():
    for delegate in Delegate.objects.select_related("delegation__event"):
        event = delegate.delegation.event
        assert delegate.hotel
        assert delegate.arrival_at.astimezone(event.zone).date() < event.starts_on
        assert delegate.departure_at.astimezone(event.zone).date() > event.ends_on


def test_the_demo_representatives_travel_with_their_province():
    assert (
        Delegate.objects.get(
            user__email="rep.jiangsu-solar@tradebridge.example"
        ).delegation.region.code
        == "CN-JS"
    )


def test_the_national_leader_prints_the_invitation_letters():
    national = Delegation.objects.get(parent=None)
    client = Client()
    client.login(email="delegation.china@tradebridge.example", password=DEMO_PASSWORD)
    response = client.get(reverse("delegations:letters", args=[national.pk]) + "?parts=1")
    assert response["Content-Type"] == "application/pdf"
    text = extract_text(io.BytesIO(response.content), page_numbers=[0, 1, 2])
    assert "Governor's Office of Business and Economic Development" in text
