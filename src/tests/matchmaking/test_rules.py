"""Who sees a session and its partners (issue 13): participants of an unlisted event's session,
sessions in preparation, unlisted organizations. Each rule with a participant's
representative, another organization's, an anonymous visitor and staff, on the web and the
API."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.accounts.services import user_sign_up
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.events.models import Event
from tradebridge.matchmaking import rules, services
from tradebridge.matchmaking.models import MeetingRequest, Session

from .conftest import make_participant

pytestmark = pytest.mark.django_db


def _page(name: str, pk: int, language: str = "en") -> str:
    return reverse(f"matchmaking:{name}", args=[pk]).replace("/en/", f"/{language}/", 1)


@pytest.fixture
def people(session, staff):
    """``owner`` represents a participant; ``other`` represents an organization outside the
    session; anonymous and staff."""
    participant, owner = make_participant(session, side="CN", name="Jiangsu Sunrise PV")
    other = RepresentativeFactory().user
    return {"participant": participant, "owner": owner, "other": other, "staff": staff}


def _status(user, url: str) -> int:
    client = client_for(user) if user is not None else Client()
    return client.get(url).status_code


def _api_ids(user) -> list[int]:
    client = client_for(user) if user is not None else Client()
    return [s["id"] for s in client.get("/api/v1/matchmaking/sessions").json()["items"]]


# --- (a) a session of an unlisted event: its participants see it ------------------------------


@pytest.fixture
def unlisted_event(session):
    Event.objects.filter(pk=session.event_id).update(is_public=False)
    session.refresh_from_db()
    return session


def test_participants_of_an_unlisted_events_session_see_it(unlisted_event, people):
    session = unlisted_event
    expected = {"owner": True, "other": False, "anonymous": False, "staff": True}
    for role, allowed in expected.items():
        user = people.get(role)
        assert rules.can_view_session(user or _anonymous(), session) is allowed, role
        assert _status(user, _page("session", session.pk)) == (200 if allowed else 404), role
        assert (session.pk in _api_ids(user)) is allowed, role
        api = (client_for(user) if user else Client()).get(
            f"/api/v1/matchmaking/sessions/{session.pk}"
        )
        assert api.status_code == (200 if allowed else 404), role


def test_an_invited_representative_opens_its_agenda_and_availability(unlisted_event, people, staff):
    session = unlisted_event
    invited = OrganizationFactory(name_en="Invited Co", name="Invited Co")
    rep = RepresentativeFactory(organization=invited).user
    services.participants_invite(actor=staff, session=session, organizations=[invited])
    for name in ("session", "agenda", "availability", "partners", "requests"):
        assert _status(rep, _page(name, session.pk)) == 200, name
        assert _status(people["other"], _page(name, session.pk)) == 404, name
    assert session.pk in [p.session_id for p in _my_meetings(rep)]


def test_a_participant_gets_a_link_to_the_unlisted_event_and_its_page(unlisted_event, people):
    # Was: no link, and a 404 behind it (issue 12); the event's guests see it (events.guests).
    event_url = unlisted_event.event.get_absolute_url()
    page = client_for(people["owner"]).get(_page("session", unlisted_event.pk)).text
    assert event_url in page
    expected = {"owner": 200, "other": 404, "anonymous": 404, "staff": 200}
    for role, status in expected.items():
        assert _status(people.get(role), event_url) == status, role


def test_a_withdrawn_participant_no_longer_sees_the_unlisted_session(unlisted_event, people):
    services.participant_cancel(actor=people["owner"], participant=people["participant"])
    assert _status(people["owner"], _page("session", unlisted_event.pk)) == 404
    assert _status(people["owner"], unlisted_event.event.get_absolute_url()) == 404


# --- (c) a session in preparation: staff and its participants only --------------------------


@pytest.fixture
def draft(session, staff, people):
    return services.session_set_status(actor=staff, session=session, status=Session.Status.DRAFT)


def test_a_session_in_preparation_is_hidden_from_the_public(draft, people):
    expected = {"owner": True, "other": False, "anonymous": False, "staff": True}
    for role, allowed in expected.items():
        user = people.get(role)
        assert rules.can_view_session(user or _anonymous(), draft) is allowed, role
        assert _status(user, _page("session", draft.pk)) == (200 if allowed else 404), role
        assert (draft.pk in _api_ids(user)) is allowed, role
        api = (client_for(user) if user else Client()).get(
            f"/api/v1/matchmaking/sessions/{draft.pk}"
        )
        assert api.status_code == (200 if allowed else 404), role


def test_the_event_page_lists_a_session_in_preparation_to_staff_only(draft, people):
    event_url = draft.event.get_absolute_url()
    assert draft.title not in Client().get(event_url).text.replace("Match-making session", "")
    assert _page("session", draft.pk) not in Client().get(event_url).text
    assert _page("session", draft.pk) not in client_for(people["other"]).get(event_url).text
    assert _page("session", draft.pk) in client_for(people["staff"]).get(event_url).text


def test_an_open_session_of_a_listed_event_is_public(session, people):
    for role in ("owner", "other", "anonymous", "staff"):
        user = people.get(role)
        assert _status(user, _page("session", session.pk)) == 200, role
        assert session.pk in _api_ids(user), role


# --- (b) an unlisted organization is neither listed to others nor requestable -----------------


@pytest.fixture
def hidden(session):
    participant, user = make_participant(session, side="US", name="Quiet Holdings")
    participant.organization.is_public = False
    participant.organization.save()
    return participant, user


def test_an_unlisted_organization_is_not_among_others_partners(session, people, hidden):
    page = client_for(people["owner"]).get(_page("partners", session.pk)).text
    assert "Quiet Holdings" not in page
    found = client_for(people["owner"]).get(
        _page("partners", session.pk), {"q": "quiet"}, HTTP_HX_REQUEST="true"
    )
    assert "Quiet Holdings" not in found.text


def test_an_unlisted_organization_sees_the_listed_ones(session, people, hidden):
    page = client_for(hidden[1]).get(_page("partners", session.pk)).text
    assert "Jiangsu Sunrise PV" in page


def test_an_unlisted_organization_takes_no_requests(session, people, hidden):
    participant, owner = people["participant"], people["owner"]
    url = reverse("matchmaking:request_new", args=[session.pk, hidden[0].pk])
    client = client_for(owner)
    assert client.get(url).status_code == 404
    assert client.post(url, {"priority": "2", "message": "Hi"}).status_code == 404
    with pytest.raises(ApplicationError, match="not in this session"):
        services.request_create(actor=owner, requester=participant, recipient=hidden[0])
    assert MeetingRequest.objects.count() == 0


def test_staff_may_still_ask_an_unlisted_organization(session, people, hidden):
    request = services.request_create(
        actor=people["staff"], requester=people["participant"], recipient=hidden[0]
    )
    assert request.recipient == hidden[0]
    assert rules.can_request_meeting_with(people["staff"], hidden[0])


def test_an_unlisted_organization_may_ask_a_listed_one(session, people, hidden):
    request = services.request_create(
        actor=hidden[1], requester=hidden[0], recipient=people["participant"]
    )
    assert request.status == MeetingRequest.Status.PENDING
    received = client_for(people["owner"]).get(_page("requests", session.pk)).text
    assert "Quiet Holdings" in received  # it asked: its name comes with its request


def test_the_request_rule_by_role(session, people, hidden):
    listed = people["participant"]
    for role, user in (("owner", people["owner"]), ("other", people["other"])):
        assert rules.can_request_meeting_with(user, listed), role
        assert not rules.can_request_meeting_with(user, hidden[0]), role
    assert not rules.can_request_meeting_with(_anonymous(), hidden[0])
    assert rules.can_request_meeting_with(people["staff"], hidden[0])


# --- an account acts once its address is confirmed --------------------------------------------


def test_an_unconfirmed_representative_cannot_request_or_register(session, people):
    user = user_sign_up(email="new@example.org", password="a-long-passphrase-42")
    organization = OrganizationFactory(name_en="New Co", name="New Co")
    RepresentativeFactory(user=user, organization=organization)
    with pytest.raises(NotAllowed, match="Confirm your e-mail address first"):
        services.participant_add(actor=user, session=session, organization=organization)
    participant = services.participant_add(
        actor=people["staff"], session=session, organization=organization
    )
    assert not rules.can_edit_participant(user, participant)
    with pytest.raises(NotAllowed):
        services.request_create(actor=user, requester=participant, recipient=people["participant"])
    user.email_verified = True
    user.save()
    assert rules.can_edit_participant(user, participant)
    services.request_create(actor=user, requester=participant, recipient=people["participant"])


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def _my_meetings(user):
    from tradebridge.matchmaking.selectors.participant import participations_of

    return list(participations_of(user))


def test_an_unconfirmed_representative_is_told_why_in_its_language(session, people):
    user = user_sign_up(email="new@example.org", password="a-long-passphrase-42")
    organization = OrganizationFactory(name_en="New Co", name="New Co")
    RepresentativeFactory(user=user, organization=organization)
    response = client_for(user).post(
        _page("register", session.pk, "zh-hans"), {"organization": organization.slug}, follow=True
    )
    assert "请先确认您的电子邮件地址" in response.text
    assert not session.participants.filter(organization=organization).exists()


def test_the_events_list_counts_only_the_sessions_out_of_preparation(session, staff, event):
    from tradebridge.matchmaking.models import Session as SessionModel

    services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Second", "zh_hans": "第二场"},
            date=session.starts_at.date(),
            start="16:00",
            end="17:00",
            slot_minutes=15,
            tables=2,
        ),
    )
    drafts = SessionModel.objects.filter(event=event, status=SessionModel.Status.DRAFT).count()
    shown = SessionModel.objects.filter(event=event).exclude(status=SessionModel.Status.DRAFT)
    assert (drafts, shown.count()) == (1, 1)
    listing = Client().get("/en/events/").text
    assert f"{shown.count()} match-making session" in listing
    assert "2 match-making sessions" not in listing
