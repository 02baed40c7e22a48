"""Contact grants: who, besides an organization's own people and the secretariat, may see its
contact details, and why.

A grant is given by another domain (a confirmed meeting in match-making; later an accepted
expression of interest in the project pool). The directory knows none of them: each granting
domain registers a *grant source* when its app is ready, and the directory asks every source.
The source answers from the domain's own records, so a grant lasts exactly as long as what
gives it (a cancelled meeting takes its grant with it) and there is no second copy to keep in
step under concurrent changes. ``contact_grants`` lists the grants with their reasons, for an
audit of why a user sees a contact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tradebridge.accounts.models import User

from .models import Organization


@dataclass(frozen=True)
class ContactGrant:
    """One reason why a user may see an organization's contacts."""

    source: str  # the granting domain, e.g. "matchmaking"
    kind: str  # what grants, e.g. "meeting"
    object_id: int  # the granting record
    reason: str  # for people, in the active language


GrantSource = Callable[[User, Organization], Iterable[ContactGrant]]

_SOURCES: dict[str, GrantSource] = {}


def register_grant_source(name: str, source: GrantSource) -> None:
    """A domain gives contact grants through ``source`` (called from its ``AppConfig.ready``;
    registering the same name again replaces the source)."""
    _SOURCES[name] = source


def contact_grants(*, user: User, organization: Organization) -> list[ContactGrant]:
    """Every grant that lets ``user`` see ``organization``'s contacts."""
    return [grant for source in _SOURCES.values() for grant in source(user, organization)]


def has_contact_grant(*, user: User, organization: Organization) -> bool:
    """Whether any domain grants ``user`` the contacts of ``organization``."""
    return any(next(iter(source(user, organization)), None) for source in _SOURCES.values())
