"""Who may see and do what with registrations. Every access decision of the app lives here,
for the web pages and the API alike."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat
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


def delegations_led_within(delegation: Delegation) -> set[int]:
    """The delegation and every delegation under it (the national delegation's leader leads
    its provincial delegations too)."""
    found = {delegation.pk}
    frontier = [delegation.pk]
    while frontier:
        frontier = [
            pk
            for pk in Delegation.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            if pk not in found
        ]
        found.update(frontier)
    return found


def leads(user: AnyUser, delegation: Delegation) -> bool:
    """The user leads this delegation or one it is part of."""
    if not (user.is_authenticated and user.is_active):
        return False
    current: Delegation | None = delegation
    seen: set[int] = set()
    while current is not None and current.pk not in seen:
        if current.leaders.filter(pk=user.pk).exists():
            return True
        seen.add(current.pk)
        current = current.parent
    return False


def can_register_delegates(user: AnyUser, delegation: Delegation) -> bool:
    """A delegation's leader registers its delegates; so does staff."""
    return is_secretariat(user) or (has_confirmed_email(user) and leads(user, delegation))


def can_view_registration(user: AnyUser, registration: Registration) -> bool:
    """The attendee, staff, and the leader of the delegation the registration comes from."""
    if is_own(user, registration) or is_secretariat(user):
        return True
    return registration.delegation is not None and leads(user, registration.delegation)


def can_change_registration(user: AnyUser, registration: Registration) -> bool:
    """Whoever may see a registration may change or cancel it."""
    return can_view_registration(user, registration)
