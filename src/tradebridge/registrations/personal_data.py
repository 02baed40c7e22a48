"""The personal data registrations hold (registered with the accounts' providers in
``apps.RegistrationsConfig.ready``): the person's registrations for events and agenda items.

An erasure keeps the rows, so an event's figures and its waiting-list order stay as they were:
the name, passport spelling, address, job title and needs go, and the row no longer points at
the account. The check-in code stays (it is random and says nothing about the person) but the
registration is cancelled, so no badge is printed for it any more."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import REDACTED, Identifiers, Provider, Section

from .models import ItemRegistration, Registration, Status


def _mine(user: User) -> Q:
    return Q(user=user) | Q(email__iexact=user.email)


def registrations_export(user: User) -> list[Section]:
    registrations = (
        Registration.objects.filter(_mine(user))
        .select_related("event", "organization", "delegation")
        .order_by("created_at", "pk")
    )
    items = (
        ItemRegistration.objects.filter(registration__in=registrations)
        .select_related("registration__event", "agenda_item")
        .order_by("agenda_item__starts_at", "pk")
    )
    return [
        Section(
            key="registrations",
            title=_("Event registrations"),
            columns=[
                ("event", _("Event")),
                ("full_name", _("Name")),
                ("latin_name", _("Name as in passport")),
                ("email", _("E-mail address")),
                ("organization", _("Organization")),
                ("title", _("Job title")),
                ("role", _("Role")),
                ("delegation", _("Delegation")),
                ("languages", _("Languages spoken")),
                ("diet", _("Diet")),
                ("dietary_needs", _("Allergies or other dietary needs")),
                ("accessibility_needs", _("Accessibility needs")),
                ("status", _("Status")),
                ("consent_version", _("Privacy notice agreed to")),
                ("consented_at", _("Agreed at")),
                ("created_at", _("Registered")),
            ],
            rows=[
                {
                    "event": str(r.event),
                    "full_name": r.full_name,
                    "latin_name": r.latin_name,
                    "email": r.email,
                    "organization": r.organization_label,
                    "title": r.title,
                    "role": r.get_role_display(),
                    "delegation": str(r.delegation) if r.delegation else "",
                    "languages": ", ".join(r.languages),
                    "diet": r.get_diet_display() if r.diet else "",
                    "dietary_needs": r.dietary_needs,
                    "accessibility_needs": r.accessibility_needs,
                    "status": r.get_status_display(),
                    "consent_version": r.consent_version,
                    "consented_at": r.consented_at,
                    "created_at": r.created_at,
                }
                for r in registrations
            ],
        ),
        Section(
            key="item_registrations",
            title=_("Programme items registered for"),
            columns=[
                ("event", _("Event")),
                ("item", _("Item")),
                ("status", _("Status")),
            ],
            rows=[
                {
                    "event": str(i.registration.event),
                    "item": str(i.agenda_item),
                    "status": i.get_status_display(),
                }
                for i in items
            ],
        ),
    ]


def registrations_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    now = timezone.now()
    rows = list(Registration.objects.filter(_mine(user)).values_list("pk", flat=True))
    # A seat held by an erased person is freed without promoting anyone here: the staff's
    # list shows the free seat, and the erasure must not send messages in the person's name.
    ItemRegistration.objects.filter(registration_id__in=rows).exclude(
        status=Status.CANCELLED
    ).update(status=Status.CANCELLED, cancelled_at=now, updated_at=now)
    Registration.objects.filter(pk__in=rows).exclude(status=Status.CANCELLED).update(
        status=Status.CANCELLED, cancelled_at=now
    )
    changed = Registration.objects.filter(pk__in=rows).update(
        user=None,
        full_name=REDACTED,
        latin_name="",
        email="",
        organization_name="",
        title="",
        languages=[],
        diet="",
        dietary_needs="",
        accessibility_needs="",
        updated_at=now,
    )
    return {"registrations": changed}


PROVIDER = Provider(name="registrations", export=registrations_export, erase=registrations_erase)
