"""The personal data check-in holds (registered with the accounts' providers in
``apps.CheckinConfig.ready``): when and where the person was checked in.

An erasure keeps the check-ins: once the registrations' provider has emptied the registration
(name, passport spelling, address), a check-in's time, desk and item say nothing about who it
was, and the event's attendance figures stay as they were."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import Identifiers, Provider, Section

from .models import CheckIn


def _mine(user: User) -> Q:
    return Q(registration__user=user) | Q(registration__email__iexact=user.email)


def check_ins_export(user: User) -> list[Section]:
    rows = (
        CheckIn.objects.filter(_mine(user))
        .select_related("registration__event", "agenda_item")
        .order_by("at", "pk")
    )
    return [
        Section(
            key="check_ins",
            title=_("Check-ins at events"),
            columns=[
                ("event", _("Event")),
                ("item", _("Programme item")),
                ("at", _("Checked in at")),
                ("desk", _("Desk")),
            ],
            rows=[
                {
                    "event": str(c.registration.event),
                    "item": str(c.agenda_item) if c.agenda_item else "",
                    "at": c.at,
                    "desk": c.desk,
                }
                for c in rows
            ],
        )
    ]


def check_ins_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    # Nothing to empty here (see the module's docstring): the registration is what names them.
    return {}


PROVIDER = Provider(name="checkin", export=check_ins_export, erase=check_ins_erase)
