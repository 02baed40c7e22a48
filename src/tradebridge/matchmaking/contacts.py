"""The contact grants match-making gives: the representatives of two organizations that have a
confirmed meeting see each other's contact details (registered with the directory's grant
sources in ``apps.MatchmakingConfig.ready``)."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.directory.contacts import ContactGrant
from tradebridge.directory.models import Organization

from .models import Meeting, Participant

# Enough to explain a grant; an audit needs no more than a page of reasons.
MAX_GRANTS = 50


def meeting_grants(user: AnyUser, organization: Organization) -> list[ContactGrant]:
    """The confirmed meetings between one of the user's organizations and ``organization``."""
    if not user.is_authenticated:
        return []
    mine = Participant.objects.filter(organization__representatives__user_id=user.pk)
    theirs = Participant.objects.filter(organization=organization)
    meetings = (
        Meeting.objects.filter(
            Q(first__in=mine, second__in=theirs) | Q(first__in=theirs, second__in=mine),
            status=Meeting.Status.CONFIRMED,
        )
        .select_related("session")
        .order_by("pk")[:MAX_GRANTS]
    )
    return [
        ContactGrant(
            source="matchmaking",
            kind="meeting",
            object_id=meeting.pk,
            reason=_("a confirmed meeting in %(session)s") % {"session": meeting.session},
        )
        for meeting in meetings
    ]


def has_confirmed_meeting_with(*, user: AnyUser, organization: Organization) -> bool:
    """Whether one of the user's organizations has a confirmed meeting with ``organization``
    (then its contact details are visible to the user)."""
    return bool(meeting_grants(user, organization))


def contact_organizations(user: AnyUser) -> frozenset[int] | None:
    """The organizations whose contacts the user sees through match-making, in one query for
    a whole list: its own and those it has a confirmed meeting with (``None``: staff, who see
    every contact; ``directory.rules.can_view_contacts`` decides the same one at a time)."""
    if is_secretariat(user):
        return None
    if not user.is_authenticated:
        return frozenset()
    mine = set(
        Organization.objects.filter(representatives__user_id=user.pk).values_list("pk", flat=True)
    )
    pairs = Meeting.objects.filter(
        Q(first__organization_id__in=mine) | Q(second__organization_id__in=mine),
        status=Meeting.Status.CONFIRMED,
    ).values_list("first__organization_id", "second__organization_id")
    return frozenset(mine.union(*pairs))
