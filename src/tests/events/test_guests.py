"""An unlisted event is hidden from outsiders, not from its guests (issue 12): the
representatives of an organization taking part in one of its match-making sessions see its
page and find it on their list; staff see every event; others get a 404 and no line."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import RepresentativeFactory
from tests.matchmaking.conftest import make_participant
from tradebridge.events import rules
from tradebridge.events.models import Event
from tradebridge.events.selectors import events_visible_to
from tradebridge.matchmaking import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def unlisted(session):
    Event.objects.filter(pk=session.event_id).update(is_public=False)
    session.event.refresh_from_db()
    return session.event


@pytest.fixture
def people(session, staff):
    participant, guest = make_participant(session, side="CN", name="Jiangsu Sunrise PV")
    colleague = RepresentativeFactory(organization=participant.organization).user
    outsider = RepresentativeFactory().user
    return {
        "participant": participant,
        "guest": guest,
        "colleague": colleague,
        "outsider": outsider,
        "staff": staff,
        "anonymous": None,
    }


EXPECTED = {
    "guest": True,
    "colleague": True,  # another representative of the participating organization
    "outsider": False,
    "staff": True,
    "anonymous": False,
}


@pytest.mark.parametrize(("role", "allowed"), EXPECTED.items())
def test_an_unlisted_event_is_seen_by_its_guests_and_staff_only(unlisted, people, role, allowed):
    user = people[role]
    client = client_for(user) if user is not None else Client()
    assert rules.can_view_event(user or AnonymousUser(), unlisted) is allowed
    assert client.get(unlisted.get_absolute_url()).status_code == (200 if allowed else 404)
    listing = client.get(reverse("events:list")).content.decode()
    assert (unlisted.get_absolute_url() in listing) is allowed
    # one line per event: a guest of two sessions of the event would not see it twice
    assert list(events_visible_to(user or AnonymousUser())).count(unlisted) == int(allowed)


def test_a_guest_of_two_sessions_sees_the_event_once(unlisted, people, staff):
    second = services.session_create(
        actor=staff,
        event=unlisted,
        data=services.SessionInput(
            title={"en": "Second round"},
            date=unlisted.starts_on,
            start="16:00",
            end="17:00",
        ),
    )
    # invited by staff: the new session is not open for registration
    services.participants_invite(
        actor=staff, session=second, organizations=[people["participant"].organization]
    )
    assert list(events_visible_to(people["guest"])) == [unlisted]


def test_a_withdrawn_participant_is_no_longer_a_guest(unlisted, people):
    services.participant_cancel(actor=people["guest"], participant=people["participant"])
    assert not rules.can_view_event(people["guest"], unlisted)
    assert client_for(people["guest"]).get(unlisted.get_absolute_url()).status_code == 404


def test_a_listed_event_stays_public(session, people):
    assert client_for(people["outsider"]).get(session.event.get_absolute_url()).status_code == 200
    assert Client().get(session.event.get_absolute_url()).status_code == 200
