"""A small match-making session: an event in Los Angeles, a three-hour afternoon with a pause,
Chinese and American participants each with a representative."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.models import Organization
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Participant, Session


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


@pytest.fixture
def session(staff, event) -> Session:
    session = services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Match-making", "zh_hans": "企业对接洽谈"},
            date=dt.date(2016, 5, 11),
            start="14:00",
            end="15:30",
            slot_minutes=15,
            pauses=[("14:45", "15:00")],
            tables=4,
            max_requests=5,
        ),
    )
    return services.session_set_status(actor=staff, session=session, status=Session.Status.OPEN)


def make_participant(
    session: Session, *, side: str = "US", name: str = ""
) -> tuple[Participant, object]:
    """A participant and the user who represents it."""
    organization = OrganizationFactory(
        side=side, **({"name_en": name, "name": name} if name else {})
    )
    if side == Organization.Side.CN:
        organization.region = None
        organization.save()
    user = RepresentativeFactory(organization=organization).user
    participant = services.participant_add(actor=user, session=session, organization=organization)
    return participant, user


@pytest.fixture
def cn(session):
    return make_participant(session, side="CN", name="Jiangsu Sunrise PV")


@pytest.fixture
def us(session):
    return make_participant(session, side="US", name="Golden State Solar")
