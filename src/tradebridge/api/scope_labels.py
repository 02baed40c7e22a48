"""The scopes of ``tradebridge.scopes.DOMAINS`` as people read them, in both languages: the
token forms and the API guide show these (scopes.py sits in the base layer, below translation
of interface text)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.scopes import DOMAINS

LABELS: dict[str, tuple[Promise, Promise]] = {
    "accounts": (_("Your account"), _("the caller's own account: consents, tokens")),
    "directory": (_("Directory"), _("organizations, representatives, taxonomy")),
    "events": (_("Events"), _("events and their programme (rooms, speakers, agenda items)")),
    "delegations": (_("Delegations"), _("delegations and their rosters")),
    "registrations": (_("Registrations"), _("registrations for events and agenda items")),
    "checkin": (_("Check-in"), _("check-in at the door and attendance")),
    "matchmaking": (
        _("Match-making"),
        _("sessions, participants, availability, requests, meetings, agendas, outcomes"),
    ),
    "pool": (
        _("Project pool"),
        _("the project pool: opportunities, expressions of interest, deals"),
    ),
    "insights": (_("Insights"), _("statistics series and figures")),
    "news": (_("News"), _("news articles")),
    "webhooks": (_("Webhooks"), _("webhook endpoints and deliveries (staff)")),
}
# Domains whose every operation is the secretariat's: not offered to other people.
STAFF_ONLY = frozenset({"webhooks"})


@dataclass(frozen=True)
class Domain:
    code: str
    label: str
    description: str
    read: str
    write: str


def domains() -> list[Domain]:
    """Every domain of ``DOMAINS``, in its order, labelled in the active language."""
    return [
        Domain(
            code=code,
            label=str(LABELS[code][0]) if code in LABELS else code,
            description=str(LABELS[code][1]) if code in LABELS else DOMAINS[code],
            read=f"{code}:read",
            write=f"{code}:write",
        )
        for code in DOMAINS
    ]


def scopes_offered(user: AnyUser) -> list[str]:
    """The scopes worth offering ``user``: staff domains to the secretariat only (a token never
    grants more than its user anyway; this keeps useless boxes off the form)."""
    staff = is_secretariat(user)
    return [
        f"{code}:{action}"
        for code in DOMAINS
        if staff or code not in STAFF_ONLY
        for action in ("read", "write")
    ]
