"""Match-making's contact grants, seen through the directory: a confirmed meeting grants both
sides each other's contacts, with a reason; cancelling the meeting takes the grant away."""

from __future__ import annotations

from django.utils import translation

from tradebridge.directory import rules
from tradebridge.directory.contacts import ContactGrant, contact_grants
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Meeting


def test_a_confirmed_meeting_grants_contacts_both_ways_until_cancelled(staff, session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    assert not rules.can_view_contacts(u_cn, p_us.organization)
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=2)
    assert contact_grants(user=u_cn, organization=p_us.organization) == []
    services.request_answer(actor=u_us, request=request, accept=True)
    meeting = Meeting.objects.get()
    with translation.override("en"):
        grants = contact_grants(user=u_cn, organization=p_us.organization)
    assert grants == [
        ContactGrant(
            source="matchmaking",
            kind="meeting",
            object_id=meeting.pk,
            reason="a confirmed meeting in Match-making",
        )
    ]
    assert rules.can_view_contacts(u_cn, p_us.organization)
    assert rules.can_view_contacts(u_us, p_cn.organization)
    services.meeting_cancel(actor=staff, meeting=meeting)
    assert contact_grants(user=u_cn, organization=p_us.organization) == []
    assert not rules.can_view_contacts(u_cn, p_us.organization)
    assert not rules.can_view_contacts(u_us, p_cn.organization)


def test_a_grant_reason_is_in_the_readers_language(session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=2)
    services.request_answer(actor=u_us, request=request, accept=True)
    with translation.override("zh-hans"):
        (grant,) = contact_grants(user=u_us, organization=p_cn.organization)
    assert grant.reason == "企业对接洽谈中一场已确认的会谈"
