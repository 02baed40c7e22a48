"""What match-making adds to a delegation's page (registered in
``apps.MatchmakingConfig.ready`` with ``delegations.sections``): the confirmed meetings of the
delegation's member organizations (its sub-delegations' too) in the sessions of the event the
delegation travels to, with their time and table once the schedule is published. The leader
reads the whole trip's meetings on one page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import HttpRequest

from tradebridge.delegations.models import Delegation
from tradebridge.delegations.sections import DelegationSection
from tradebridge.delegations.selectors import descendant_ids
from tradebridge.directory.models import Organization

from .models import Meeting, Placement, Session


@dataclass
class DelegationMeeting:
    meeting: Meeting
    ours: Organization
    partner: Organization
    placement: Placement | None


def delegation_meetings(delegation: Delegation) -> list[DelegationMeeting]:
    """The confirmed meetings of the delegation's member organizations in its event, placed
    ones first in time order (a query for the organizations, one for the meetings, one for
    their placements)."""
    if delegation.event_id is None:
        return []
    members = set(
        Organization.objects.filter(delegations__pk__in=descendant_ids(delegation)).values_list(
            "pk", flat=True
        )
    )
    if not members:
        return []
    meetings = list(
        Meeting.objects.filter(
            session__event_id=delegation.event_id,
            status=Meeting.Status.CONFIRMED,
        )
        .exclude(session__status=Session.Status.DRAFT)
        .filter(Q(first__organization_id__in=members) | Q(second__organization_id__in=members))
        .select_related("session", "first__organization", "second__organization")
    )
    placements: dict[int, Placement] = {}
    published = {m.session.published_run_id for m in meetings} - {None}
    if published:
        placements = {
            p.meeting_id: p
            for p in Placement.objects.filter(
                run_id__in=published, meeting_id__in=[m.pk for m in meetings]
            ).select_related("slot", "table")
        }
    rows = []
    for meeting in meetings:
        first, second = meeting.first.organization, meeting.second.organization
        ours, partner = (first, second) if first.pk in members else (second, first)
        placement = placements.get(meeting.pk)
        if placement is not None and placement.run_id != meeting.session.published_run_id:
            placement = None
        rows.append(DelegationMeeting(meeting, ours, partner, placement))
    rows.sort(
        key=lambda r: (
            r.placement is None,
            r.placement.slot.starts_at if r.placement else r.meeting.session.starts_at,
            r.ours.name,
            r.meeting.pk,
        )
    )
    return rows


def _context(request: HttpRequest, delegation: Delegation) -> Mapping[str, Any]:
    if delegation.event_id is None:
        return {"hidden": True}
    return {"meetings": delegation_meetings(delegation)}


MEETINGS = DelegationSection(
    name="matchmaking",
    template="matchmaking/delegation_section.html",
    context=_context,
    order=50,
)
