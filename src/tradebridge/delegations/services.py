"""Writes on delegations: every change to a delegation, its leaders, its member organizations
and its roster goes through a function here (views, the API, the import and the demo call
them). Each runs in one transaction and checks the actor against ``rules``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import refusal_reason
from tradebridge.bilingual import set_translated
from tradebridge.directory.models import Organization, Region
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error
from tradebridge.events.models import Event

from . import rules
from .models import Delegate, Delegation, Letterhead


@dataclass
class DelegationInput:
    name: dict[str, str]  # {"en": ..., "zh_hans": ...}
    event: Event | None = None
    parent: Delegation | None = None
    region: Region | None = None
    organizations: Sequence[Organization] = ()


@dataclass
class DelegateInput:
    full_name: str
    latin_name: str = ""
    family_name: str = ""
    given_name: str = ""
    organization: Organization | None = None
    organization_name: str = ""
    title: dict[str, str] = field(default_factory=dict)
    languages: str = ""
    gender: str = ""
    email: str = ""
    phone: str = ""
    arrival_at: dt.datetime | None = None
    departure_at: dt.datetime | None = None
    hotel: str = ""
    user: User | None = None


@dataclass
class LetterheadInput:
    host_name: str
    signatory_name: str
    address: str = ""
    contact: str = ""
    signatory_title: str = ""
    purpose: str = ""


def normalize_passport_name(value: str) -> str:
    """A passport spelling as passports print it: capitals, single spaces, accents and
    full-width letters folded (“Wáng  lei” → WANG LEI); whatever is left that is not A–Z is
    refused by the model's validator."""
    # ü is written YU in Chinese passports (LYU), not U.
    value = unicodedata.normalize("NFKC", value).replace("ü", "yu").replace("Ü", "YU")
    folded = unicodedata.normalize("NFKD", value)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", folded).strip().upper()


# --- Delegations -----------------------------------------------------------------------------


def _check_parent(delegation: Delegation, parent: Delegation | None) -> None:
    """A delegation is not its own ancestor, and nesting stays within ``rules.MAX_DEPTH``."""
    depth, current = 1, parent
    while current is not None:
        if delegation.pk is not None and current.pk == delegation.pk:
            raise ApplicationError(
                _("A delegation cannot be part of itself or of one of its own parts."),
                details={"field": "parent"},
            )
        depth += 1
        if depth > rules.MAX_DEPTH:
            raise ApplicationError(
                _("Delegations nest at most %(depth)s levels deep.") % {"depth": rules.MAX_DEPTH},
                details={"field": "parent"},
            )
        current = current.parent


def _delegation_apply(delegation: Delegation, data: DelegationInput) -> None:
    if not ((data.name.get("en") or "").strip() or (data.name.get("zh_hans") or "").strip()):
        raise ApplicationError(
            _("Give the delegation a name in at least one language."), details={"field": "name"}
        )
    _check_parent(delegation, data.parent)
    set_translated(delegation, "name", data.name)
    delegation.parent = data.parent
    # A sub-delegation travels to its parent's event unless it says otherwise.
    delegation.event = data.event or (data.parent.event if data.parent else None)
    delegation.region = data.region
    full_clean_or_error(delegation)


@transaction.atomic
def delegation_create(*, actor: User, data: DelegationInput) -> Delegation:
    """Create a delegation. Staff create any; a leader creates the delegations under theirs
    (their member organizations are then set by staff)."""
    allowed = (
        rules.can_create_subdelegation(actor, data.parent)
        if data.parent is not None
        else rules.can_manage_delegations(actor)
    )
    if not allowed:
        raise NotAllowed(refusal_reason(actor))
    delegation = Delegation()
    _delegation_apply(delegation, data)
    delegation.save()
    if rules.can_set_organizations(actor):
        delegation.organizations.set(data.organizations)
    return delegation


@transaction.atomic
def delegation_update(*, actor: User, delegation: Delegation, data: DelegationInput) -> Delegation:
    """Change a delegation's name, event, region and member organizations. Only staff move a
    delegation under another one (a leader could otherwise claim someone else's) and change
    its member organizations (a leader's form keeps them)."""
    if not rules.can_edit_delegation(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    if data.parent != delegation.parent and not rules.can_manage_delegations(actor):
        raise NotAllowed(_("Only the secretariat moves a delegation under another one."))
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    _delegation_apply(delegation, data)
    delegation.save()
    if rules.can_set_organizations(actor):
        delegation.organizations.set(data.organizations)
    return delegation


@transaction.atomic
def delegation_delete(*, actor: User, delegation: Delegation) -> None:
    """Remove an empty delegation (staff only): one with delegates or parts keeps them."""
    if not rules.can_manage_delegations(actor):
        raise NotAllowed()
    if delegation.children.exists() or delegation.delegates.exists():
        raise ApplicationError(
            _("Remove the delegation's delegates and sub-delegations first."), code="not_empty"
        )
    delegation.delete()


@transaction.atomic
def delegation_set_leaders(
    *, actor: User, delegation: Delegation, leaders: Iterable[User]
) -> Delegation:
    """Name the delegation's leaders (replacing the previous ones)."""
    if not rules.can_set_leaders(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    people = list(leaders)
    inactive = [user for user in people if not user.is_active]
    if inactive:
        raise ApplicationError(
            _("%(user)s has no active account.") % {"user": inactive[0]},
            details={"field": "leaders"},
        )
    delegation.leaders.set(people)
    return delegation


@transaction.atomic
def delegation_add_leader(*, actor: User, delegation: Delegation, user: User) -> Delegation:
    return delegation_set_leaders(
        actor=actor, delegation=delegation, leaders=[*delegation.leaders.all(), user]
    )


@transaction.atomic
def letterhead_set(
    *,
    actor: User,
    data: LetterheadInput,
    event: Event | None = None,
    delegation: Delegation | None = None,
) -> Letterhead:
    """The host's letterhead for an event's letters (staff) or for one delegation's (staff
    and its leaders)."""
    if (event is None) == (delegation is None):
        raise ValueError("A letterhead belongs to an event or to a delegation")
    if delegation is not None:
        allowed = rules.can_edit_delegation(actor, delegation)
    else:
        allowed = rules.can_manage_delegations(actor)
    if not allowed:
        raise NotAllowed(refusal_reason(actor))
    letterhead = Letterhead.objects.filter(
        event=event, delegation=delegation
    ).first() or Letterhead(event=event, delegation=delegation)
    letterhead.host_name = data.host_name.strip()
    letterhead.signatory_name = data.signatory_name.strip()
    letterhead.address = data.address.strip()
    letterhead.contact = data.contact.strip()
    letterhead.signatory_title = data.signatory_title.strip()
    letterhead.purpose = data.purpose.strip()
    full_clean_or_error(letterhead)
    letterhead.save()
    return letterhead


# --- The roster --------------------------------------------------------------------------------


def _delegate_apply(delegate: Delegate, data: DelegateInput) -> None:
    full_name = " ".join(data.full_name.split())
    if not full_name:
        raise ApplicationError(_("Give the delegate's name."), details={"field": "full_name"})
    if (
        data.arrival_at is not None
        and data.departure_at is not None
        and data.departure_at < data.arrival_at
    ):
        raise ApplicationError(
            _("The departure is before the arrival."), details={"field": "departure_at"}
        )
    delegate.full_name = full_name
    delegate.family_name = data.family_name.strip()
    delegate.given_name = data.given_name.strip()
    delegate.latin_name = normalize_passport_name(data.latin_name)
    delegate.organization = data.organization
    delegate.organization_name = (
        "" if data.organization is not None else data.organization_name.strip()
    )
    set_translated(delegate, "title", data.title)
    delegate.languages = data.languages.strip()
    delegate.gender = data.gender
    delegate.email = data.email.strip().lower()
    delegate.phone = data.phone.strip()
    delegate.arrival_at, delegate.departure_at = data.arrival_at, data.departure_at
    delegate.hotel = " ".join(data.hotel.split())
    delegate.user = data.user
    full_clean_or_error(delegate, exclude=["delegation"])


@transaction.atomic
def delegate_add(*, actor: User, delegation: Delegation, data: DelegateInput) -> Delegate:
    """Add a person to a delegation's roster (staff and its leaders)."""
    if not rules.can_edit_delegation(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    delegate = Delegate(delegation=delegation)
    _delegate_apply(delegate, data)
    delegate.save()
    return delegate


@transaction.atomic
def delegate_update(*, actor: User, delegate: Delegate, data: DelegateInput) -> Delegate:
    """Change a roster entry (staff and the delegation's leaders)."""
    if not rules.can_edit_delegate(actor, delegate):
        raise NotAllowed(refusal_reason(actor))
    delegate = Delegate.objects.select_for_update().get(pk=delegate.pk)
    _delegate_apply(delegate, data)
    delegate.save()
    return delegate


@transaction.atomic
def delegate_move(*, actor: User, delegate: Delegate, delegation: Delegation) -> Delegate:
    """Move a delegate to another delegation: the actor edits both."""
    if not (
        rules.can_edit_delegate(actor, delegate) and rules.can_edit_delegation(actor, delegation)
    ):
        raise NotAllowed(refusal_reason(actor))
    Delegate.objects.filter(pk=delegate.pk).update(delegation=delegation)
    delegate.refresh_from_db()
    return delegate


@transaction.atomic
def delegate_remove(*, actor: User, delegate: Delegate) -> None:
    """Take a person off the roster."""
    if not rules.can_edit_delegate(actor, delegate):
        raise NotAllowed(refusal_reason(actor))
    delegate.delete()
