"""What registrations add to a delegation's page (registered in
``apps.RegistrationsConfig.ready`` with ``delegations.sections``): how many of its delegates
(its provincial delegations' too) are registered for the event, and the leader's way to
register the others."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from tradebridge.delegations.models import Delegation
from tradebridge.delegations.sections import DelegationSection
from tradebridge.delegations.selectors import descendant_ids

from . import rules, selectors


def _context(request: HttpRequest, delegation: Delegation) -> Mapping[str, Any]:
    if delegation.event is None:
        return {"hidden": True}
    lines = selectors.delegate_lines(set(descendant_ids(delegation)), delegation.event)
    registered = [line.registration for line in lines if line.registration is not None]
    return {
        "total": len(lines),
        "confirmed": sum(1 for r in registered if r.status == r.Status.CONFIRMED),
        "waitlisted": sum(1 for r in registered if r.status == r.Status.WAITLISTED),
        "can_register": rules.can_register_delegates(request.user, delegation),
    }


REGISTRATIONS = DelegationSection(
    name="registrations",
    template="registrations/delegation_section.html",
    context=_context,
    order=20,
)
