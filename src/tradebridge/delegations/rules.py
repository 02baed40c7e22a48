"""Who may see and do what with delegations. Every access decision lives here, for the web
pages and the API alike.

- Secretariat staff: every delegation.
- A delegation's leader: that delegation and the delegations under it (the national
  delegation's leader sees the five provincial ones; a provincial leader only their own).
- A delegate: their own entry of the roster, to read.
- Anyone else: nothing, and not even that it exists (the views answer 404, not 403, as the
  directory does for unlisted organizations and match-making for other participants).
"""

from __future__ import annotations

from django.db.models import Q

from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat

from .models import Delegate, Delegation

# Delegations nest national → provincial (→ city, at most): a bound on the walk down.
MAX_DEPTH = 5


def led_delegation_ids(user: AnyUser) -> set[int]:
    """The delegations the user leads and every delegation under them."""
    if not user.is_authenticated:
        return set()
    ids = set(Delegation.objects.filter(leaders=user).values_list("pk", flat=True))
    frontier = set(ids)
    for _level in range(MAX_DEPTH):
        if not frontier:
            break
        children = set(
            Delegation.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        frontier = children - ids
        ids |= frontier
    return ids


def can_manage_delegations(user: AnyUser) -> bool:
    """Staff create national delegations, list them all and export across delegations."""
    return is_secretariat(user)


def visible_delegations(user: AnyUser) -> Q:
    """``can_view_delegation`` as a filter on delegations, for lists (web and API)."""
    if is_secretariat(user):
        return Q()
    return Q(pk__in=led_delegation_ids(user))


def leads(user: AnyUser, delegation: Delegation) -> bool:
    """The user leads this delegation or one it belongs to."""
    return delegation.pk in led_delegation_ids(user)


def can_view_delegation(user: AnyUser, delegation: Delegation) -> bool:
    """The delegation's page and roster: staff and its leaders (and those above it)."""
    return is_secretariat(user) or leads(user, delegation)


def can_edit_delegation(user: AnyUser, delegation: Delegation) -> bool:
    """The roster, the member organizations, the letters: staff, and its leaders once their
    address is confirmed."""
    return is_secretariat(user) or (has_confirmed_email(user) and leads(user, delegation))


def can_set_organizations(user: AnyUser) -> bool:
    """Member organizations are the secretariat's to set: a delegation's page shows the
    confirmed meetings of its members, so a leader who could add any organization would read
    another organization's agenda."""
    return is_secretariat(user)


def can_create_subdelegation(user: AnyUser, parent: Delegation) -> bool:
    return can_edit_delegation(user, parent)


def can_set_leaders(user: AnyUser, delegation: Delegation) -> bool:
    """Staff name any delegation's leaders; a leader names those of the delegations under
    theirs, not their own peers (that stays with whoever named them)."""
    if is_secretariat(user):
        return True
    return delegation.parent_id is not None and can_edit_delegation(user, delegation.parent)  # type: ignore[arg-type]


def can_view_delegate(user: AnyUser, delegate: Delegate) -> bool:
    """A roster entry: whoever sees the delegation, and the delegate themselves."""
    if user.is_authenticated and delegate.user_id == user.pk:
        return True
    return can_view_delegation(user, delegate.delegation)


def can_edit_delegate(user: AnyUser, delegate: Delegate) -> bool:
    return can_edit_delegation(user, delegate.delegation)
