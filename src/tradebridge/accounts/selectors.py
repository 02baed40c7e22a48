"""Reads on accounts: a person's consents, the audit of personal data exports and erasures."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

from .models import Consent, PersonalDataAccess, User

AUDIT_PAGE_SIZE = 50


def consents_of(user: User) -> list[Consent]:
    """The person's consents, newest first."""
    return list(user.consents.all())


def privacy_audit_page(page: int | str | None) -> Page[PersonalDataAccess]:
    """One page of the audit, newest first, with who and whose."""
    entries = PersonalDataAccess.objects.select_related("actor", "subject").order_by("-at", "-pk")
    return Paginator(entries, AUDIT_PAGE_SIZE).get_page(page)
