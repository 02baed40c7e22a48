"""Match-making's section of a delegation's page: the confirmed meetings of the delegation's
member organizations (its parts' too) in the sessions of its event."""

from __future__ import annotations

from django.urls import reverse

from tests.conftest import client_for
from tests.delegations.factories import DelegationFactory
from tests.factories import UserFactory
from tradebridge.matchmaking import services
from tradebridge.matchmaking.delegation_sections import delegation_meetings
from tradebridge.matchmaking.models import Meeting

from .conftest import make_participant


def _meet(first, second) -> Meeting:
    (p_first, u_first), (p_second, u_second) = first, second
    request = services.request_create(
        actor=u_first, requester=p_first, recipient=p_second, priority=2
    )
    services.request_answer(actor=u_second, request=request, accept=True)
    return Meeting.objects.get(first__in=[p_first, p_second], second__in=[p_first, p_second])


def test_the_meetings_of_member_organizations_in_the_delegations_event(staff, session, cn, us):
    leader = UserFactory()
    national = DelegationFactory(event=session.event, leaders=[leader])
    province = DelegationFactory(event=session.event, parent=national)
    province.organizations.set([cn[0].organization])
    meeting = _meet(cn, us)
    other_cn = make_participant(session, side="CN", name="Hebei Steel")
    _meet(other_cn, us)  # not a member: not listed

    rows = delegation_meetings(national)
    assert [(r.meeting, r.ours, r.partner, r.placement) for r in rows] == [
        (meeting, cn[0].organization, us[0].organization, None)
    ]
    response = client_for(leader).get(reverse("delegations:detail", args=[national.pk]))
    html = response.content.decode()
    assert "Meetings of the member organizations" in html
    assert "Golden State Solar" in html
    assert "not scheduled yet" in html

    services.meeting_cancel(actor=staff, meeting=meeting)
    assert delegation_meetings(national) == []


def test_another_events_meetings_are_not_listed(session, cn, us):
    delegation = DelegationFactory()  # travels to another event
    delegation.organizations.set([cn[0].organization])
    _meet(cn, us)
    assert delegation_meetings(delegation) == []


def test_a_delegation_without_an_event_has_no_section(staff):
    delegation = DelegationFactory(event=None)
    response = client_for(staff).get(reverse("delegations:detail", args=[delegation.pk]))
    assert "Meetings of the member organizations" not in response.content.decode()
