"""The contact grants the pool gives (registered with the directory's grant sources in
``apps.PoolConfig.ready``): when an opportunity's owner accepts an organization's interest,
the people of each side see the other's contact details, for as long as the interest stays
accepted."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.rules import AnyUser
from tradebridge.directory.contacts import ContactGrant
from tradebridge.directory.models import Organization

from .models import Interest

MAX_GRANTS = 50


def interest_grants(user: AnyUser, organization: Organization) -> list[ContactGrant]:
    """Accepted interests between one of the user's organizations and ``organization``, in
    either direction."""
    if not user.is_authenticated:
        return []
    mine = Organization.objects.filter(representatives__user_id=user.pk).values("pk")
    interests = (
        Interest.objects.filter(
            Q(organization__in=mine, opportunity__owner=organization)
            | Q(organization=organization, opportunity__owner__in=mine),
            status=Interest.Status.ACCEPTED,
        )
        .select_related("opportunity")
        .order_by("pk")[:MAX_GRANTS]
    )
    return [
        ContactGrant(
            source="pool",
            kind="interest",
            object_id=interest.pk,
            reason=_("an accepted interest in “%(title)s”") % {"title": interest.opportunity},
        )
        for interest in interests
    ]
