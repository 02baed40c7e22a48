"""Who may see and do what in the directory. Every access decision lives here."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from tradebridge.accounts.models import User

from .models import Organization

AnyUser = User | AnonymousUser


def is_secretariat(user: AnyUser) -> bool:
    """Secretariat staff run the platform."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def is_representative(user: AnyUser, organization: Organization) -> bool:
    """The user represents this organization."""
    if not user.is_authenticated:
        return False
    return organization.representatives.filter(user_id=user.pk).exists()


def can_view_organization(user: AnyUser, organization: Organization) -> bool:
    return organization.is_public or is_secretariat(user) or is_representative(user, organization)


def can_edit_organization(user: AnyUser, organization: Organization) -> bool:
    """Staff edit everything; representatives edit their own organization only."""
    return is_secretariat(user) or is_representative(user, organization)


def can_view_contacts(user: AnyUser, organization: Organization) -> bool:
    """Contact details are private: the organization's own people, staff, and the people of an
    organization that has a confirmed meeting with it."""
    if can_edit_organization(user, organization):
        return True
    if not user.is_authenticated:
        return False
    from tradebridge.matchmaking.selectors import has_confirmed_meeting_with

    return has_confirmed_meeting_with(user=user, organization=organization)


def can_manage_directory(user: AnyUser) -> bool:
    """Import, export and taxonomy editing are staff work."""
    return is_secretariat(user)
