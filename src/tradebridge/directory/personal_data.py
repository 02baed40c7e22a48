"""The personal data the directory holds (registered with the accounts' providers in
``apps.DirectoryConfig.ready``): whom a person represents and with which job title, the
organizations whose contact person they are, and directory imports that name them.

An organization's contact fields are the contact person's data, not the organization's: when
they name the person (their name or their address), they are erased with the person — the
name, the address that is theirs and the phone number that goes with them. A shared address
(info@…) that is not theirs stays."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import ImportBatch, Organization


def _contact_of(user: User) -> Q:
    """Organizations whose contact person is ``user``: by address, or by name where the
    person represents the organization (a namesake elsewhere is someone else)."""
    condition = Q(contact_email__iexact=user.email)
    if user.full_name.strip():
        condition |= Q(contact_name__iexact=user.full_name.strip(), representatives__user=user)
    return condition


def directory_identifiers(user: User) -> list[str]:
    """The phone numbers the person is reached at, as the contact of an organization."""
    phones = (
        Organization.objects.filter(_contact_of(user))
        .distinct()
        .values_list("contact_phone", flat=True)
    )
    return [phone for phone in phones if phone]


# Uploaded spreadsheets kept between their preview and their import (the directory's
# ``ImportBatch``, the delegations' ``RosterImport``): a file name, the parsed rows and a result.
UPLOAD_FIELDS = ["payload", "summary", "filename"]


def uploads_naming(uploads: QuerySet[Any], identifiers: Identifiers) -> list[Any]:
    """The uploads (of any model with ``UPLOAD_FIELDS``) whose file name, rows or result name
    the person, oldest first."""
    return [
        upload
        for upload in uploads.filter(mentioning(UPLOAD_FIELDS, identifiers)).order_by(
            "created_at", "pk"
        )
        if identifiers.found_in_json([upload.filename, upload.payload, upload.summary])
    ]


def uploads_redact(uploads: QuerySet[Any], identifiers: Identifiers) -> int:
    """Redact the person's identifiers in uploads; returns how many uploads changed."""
    changed_uploads = 0
    for upload in uploads.filter(mentioning(UPLOAD_FIELDS, identifiers)):
        changed = redact_rows([upload], ["filename"], identifiers)
        changed += redact_rows([upload], ["payload", "summary"], identifiers, json=True)
        changed_uploads += min(changed, 1)
    return changed_uploads


def directory_export(user: User) -> list[Section]:
    representations = user.representations.select_related("organization").order_by("pk")
    contacts = Organization.objects.filter(_contact_of(user)).distinct().order_by("pk")
    identifiers = Identifiers.of([user.email, user.full_name, *directory_identifiers(user)])
    imports = uploads_naming(ImportBatch.objects.all(), identifiers)
    return [
        Section(
            key="representations",
            title=_("Organizations you represent"),
            columns=[("organization", _("Organization")), ("title", _("Job title"))],
            rows=[{"organization": r.organization.name, "title": r.title} for r in representations],
        ),
        Section(
            key="organization_contacts",
            title=_("Organizations that name you as their contact"),
            columns=[
                ("organization", _("Organization")),
                ("contact_name", _("Contact person")),
                ("contact_email", _("Contact e-mail")),
                ("contact_phone", _("Contact phone")),
            ],
            rows=[
                {
                    "organization": o.name,
                    "contact_name": o.contact_name,
                    "contact_email": o.contact_email,
                    "contact_phone": o.contact_phone,
                }
                for o in contacts
            ],
        ),
        Section(
            key="directory_imports",
            title=_("Directory imports that name you"),
            columns=[("file", _("File")), ("uploaded_at", _("Uploaded"))],
            rows=[{"file": b.filename, "uploaded_at": b.created_at} for b in imports],
        ),
    ]


def directory_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """The person no longer speaks for any organization; contact fields that are theirs are
    emptied; imported files keep their rows without the person's name, address or number."""
    # Read before the representations go: they tell which organization's contact is the person.
    mine = list(Organization.objects.filter(_contact_of(user)).distinct().order_by("pk"))
    representations, _by_model = user.representations.all().delete()
    for organization in mine:
        if identifiers.found_in(organization.contact_name):
            organization.contact_name = ""
        if identifiers.found_in(organization.contact_email):
            organization.contact_email = ""
        # Their phone number goes with them; a shared address that is not theirs stays.
        organization.contact_phone = ""
        organization.save(update_fields=["contact_name", "contact_email", "contact_phone"])
    # Other organizations' contact fields that carry the person's address or number. Not their
    # name: a contact with the same name elsewhere is another person.
    exact = Identifiers.of([user.email, *(o.contact_phone for o in mine if o.contact_phone)])
    fields = ["contact_email", "contact_phone"]
    contacts = len(mine) + redact_rows(
        Organization.objects.exclude(pk__in=[o.pk for o in mine]).filter(mentioning(fields, exact)),
        fields,
        exact,
    )
    imports = uploads_redact(ImportBatch.objects.all(), identifiers)
    return {
        "representations": representations,
        "organization_contacts": contacts,
        "directory_imports": imports,
    }


PROVIDER = Provider(
    name="directory",
    export=directory_export,
    erase=directory_erase,
    identifiers=directory_identifiers,
)
