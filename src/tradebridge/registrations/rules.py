"""Who may see and do what with registrations. Every access decision of the app lives here,
for the web pages and the API alike."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat
from tradebridge.delegations import rules as delegation_rules
from tradebridge.delegations.models import Delegation
from tradebridge.events.models import Event

from .models import Registration


def can_manage_registrations(user: AnyUser, event: Event | None = None) -> bool:
    """Secretariat staff see every registration of an event, register people on their behalf
    and set the event's capacity."""
    return is_secretariat(user)


def can_register_self(user: AnyUser) -> bool:
    """A person registers themselves from their own account, once its address is confirmed
    (the confirmation and wait-list e-mails go there)."""
    return has_confirmed_email(user)


def is_own(user: AnyUser, registration: Registration) -> bool:
    return bool(user.is_authenticated and user.is_active and registration.user_id == user.pk)


def can_register_delegates(user: AnyUser, delegation: Delegation) -> bool:
    """Whoever may edit a delegation's roster (staff, its leaders and those above them, with a
    confirmed address: ``delegations.rules``) registers its delegates."""
    return delegation_rules.can_edit_delegation(user, delegation)


def can_view_registration(user: AnyUser, registration: Registration) -> bool:
    """The attendee, staff, and the leader of the delegation the registration comes from."""
    if is_own(user, registration) or is_secretariat(user):
        return True
    return registration.delegation is not None and delegation_rules.leads(
        user, registration.delegation
    )


def can_change_registration(user: AnyUser, registration: Registration) -> bool:
    """Whoever may see a registration may change or cancel it."""
    return can_view_registration(user, registration)
