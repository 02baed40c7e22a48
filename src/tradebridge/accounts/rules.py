"""Who a user is, for every app's rules: anonymous, signed in, or secretariat staff."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext

from .models import User

AnyUser = User | AnonymousUser


def is_secretariat(user: AnyUser) -> bool:
    """Secretariat staff run the platform."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def has_confirmed_email(user: AnyUser) -> bool:
    """A signed-in, active user whose address is confirmed (or who is staff). Only such a user
    acts on the platform: requests meetings, registers, edits a profile. An account that signed
    itself up reads until its owner follows the link sent to its address."""
    if not (user.is_authenticated and user.is_active):
        return False
    return bool(user.email_verified or user.is_staff)


def refusal_reason(user: AnyUser) -> str:
    """What to tell a user a representative's action was refused to, in their language: an
    unconfirmed account is told to confirm its address (it is what stands in its way)."""
    if user.is_authenticated and user.is_active and not has_confirmed_email(user):
        return gettext(
            "Confirm your e-mail address first: follow the link we sent you (the banner at "
            "the top of the page sends it again)."
        )
    return gettext("You are not allowed to do this.")


# --- a person's own data (accounts.privacy) ---------------------------------------------------


def can_manage_own_account(user: AnyUser) -> bool:
    """A signed-in, active person whose account has not been erased manages it."""
    return bool(
        user.is_authenticated and user.is_active and getattr(user, "erased_at", None) is None
    )


def can_export_personal_data(actor: AnyUser, subject: User) -> bool:
    """A person downloads their own data only (staff answer other requests by hand)."""
    return can_manage_own_account(actor) and actor.pk == subject.pk


def can_see_privacy_audit(user: AnyUser) -> bool:
    """Staff read who exported or erased whose data."""
    return is_secretariat(user)
