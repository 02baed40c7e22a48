"""Who may see and do what in the directory. Every access decision lives here."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat

from .contacts import has_contact_grant
from .models import Organization


def is_representative(user: AnyUser, organization: Organization) -> bool:
    """The user represents this organization."""
    if not user.is_authenticated:
        return False
    return organization.representatives.filter(user_id=user.pk).exists()


def can_view_organization(user: AnyUser, organization: Organization) -> bool:
    return organization.is_public or is_secretariat(user) or is_representative(user, organization)


def can_edit_organization(user: AnyUser, organization: Organization) -> bool:
    """Staff edit everything; representatives edit their own organization only, once their
    address is confirmed."""
    return is_secretariat(user) or (
        has_confirmed_email(user) and is_representative(user, organization)
    )


def can_view_contacts(user: AnyUser, organization: Organization) -> bool:
    """Contact details are private: the organization's own people, staff, and the users that
    another domain grants them to (a confirmed meeting: see ``contacts``)."""
    if is_secretariat(user) or is_representative(user, organization):
        return True
    if not user.is_authenticated:
        return False
    return has_contact_grant(user=user, organization=organization)


def can_view_representatives(user: AnyUser, organization: Organization) -> bool:
    """Who speaks for an organization (names, titles, e-mail addresses) is contact detail:
    shown to whoever may see its contacts (the web shows representatives to nobody else)."""
    return can_view_contacts(user, organization)


def can_manage_representatives(user: AnyUser, organization: Organization) -> bool:
    """Staff link and unlink representatives (a representative cannot add colleagues: the
    directory has no administrator role inside an organization)."""
    return is_secretariat(user)


def can_manage_directory(user: AnyUser) -> bool:
    """Import, export and taxonomy editing are staff work."""
    return is_secretariat(user)
