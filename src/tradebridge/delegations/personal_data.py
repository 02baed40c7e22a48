"""The personal data delegations hold (registered with the accounts' providers in
``apps.DelegationsConfig.ready``): a person's roster entries (linked to their account or
carrying their address), the delegations they lead, and the roster files that name them.

An erasure deletes the person's roster entries (an entry is nothing but data about the
person), ends their leaderships and redacts uploaded roster files."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import Identifiers, Provider, Section
from tradebridge.directory.personal_data import uploads_naming, uploads_redact

from .models import Delegate, Delegation, RosterImport


def _entries(user: User) -> Q:
    return Q(user=user) | Q(email__iexact=user.email)


def delegations_identifiers(user: User) -> list[str]:
    """The passport names and phone numbers of the person's roster entries."""
    values: list[str] = []
    for latin, phone in Delegate.objects.filter(_entries(user)).values_list("latin_name", "phone"):
        values += [v for v in (latin, phone) if v]
    return values


def delegations_export(user: User) -> list[Section]:
    entries = (
        Delegate.objects.filter(_entries(user))
        .select_related("delegation", "organization")
        .order_by("pk")
    )
    led = Delegation.objects.filter(leaders=user).order_by("pk")
    identifiers = Identifiers.of([user.email, user.full_name, *delegations_identifiers(user)])
    files = uploads_naming(RosterImport.objects.all(), identifiers)
    return [
        Section(
            key="delegate_entries",
            title=_("Your entries on delegation rosters"),
            columns=[
                ("delegation", _("Delegation")),
                ("full_name", _("Name")),
                ("latin_name", _("Passport name")),
                ("organization", _("Organization")),
                ("title", _("Title")),
                ("languages", _("Languages")),
                ("gender", _("Gender")),
                ("email", _("E-mail")),
                ("phone", _("Phone")),
                ("arrival_at", _("Arrival")),
                ("departure_at", _("Departure")),
                ("hotel", _("Hotel")),
            ],
            rows=[
                {
                    "delegation": d.delegation.name,
                    "full_name": d.full_name,
                    "latin_name": d.latin_name,
                    "organization": d.organization_label,
                    "title": d.title,
                    "languages": d.languages,
                    "gender": d.get_gender_display() if d.gender else "",
                    "email": d.email,
                    "phone": d.phone,
                    "arrival_at": d.arrival_at,
                    "departure_at": d.departure_at,
                    "hotel": d.hotel,
                }
                for d in entries
            ],
        ),
        Section(
            key="delegations_led",
            title=_("Delegations you lead"),
            columns=[("delegation", _("Delegation"))],
            rows=[{"delegation": d.name} for d in led],
        ),
        Section(
            key="roster_imports",
            title=_("Roster files that name you"),
            columns=[("file", _("File")), ("uploaded_at", _("Uploaded"))],
            rows=[{"file": u.filename, "uploaded_at": u.created_at} for u in files],
        ),
    ]


def delegations_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    entries, _by_model = Delegate.objects.filter(_entries(user)).delete()
    led = Delegation.leaders.through.objects.filter(user_id=user.pk).delete()[0]
    files = uploads_redact(RosterImport.objects.all(), identifiers)
    return {"delegate_entries": entries, "delegations_led": led, "roster_imports": files}


PROVIDER = Provider(
    name="delegations",
    export=delegations_export,
    erase=delegations_erase,
    identifiers=delegations_identifiers,
)
