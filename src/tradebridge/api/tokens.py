"""Personal access tokens: create, revoke, authenticate. Used by the profile pages, the staff
pages, the ``tradebridge token`` command and the API's authentication."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.scopes import SCOPES

from .models import ApiToken

MAX_EXPIRY_DAYS = 3660
# Write "last used" at most once a minute per token: a busy scanner should not write a row per
# scan.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # the whole token, shown once


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def token_create(
    *,
    actor: AnyUser | None,
    user: User,
    name: str,
    scopes: list[str],
    event: Event | None = None,
    expires_in_days: int | None = None,
) -> NewToken:
    """A new token for ``user``, created by ``actor`` (the user themself, or staff for an
    integration; None for the operator at the console, ``tradebridge token create``). Refused
    without a scope, with an unknown scope, or for an inactive user."""
    if actor is not None and (
        not actor.is_authenticated or (actor.pk != user.pk and not is_secretariat(actor))
    ):
        raise NotAllowed(_("You may create tokens for yourself only."))
    if not user.is_active:
        raise ApplicationError(_("This account is not active."), details={"field": "user"})
    name = name.strip()
    if not name or len(name) > 100:
        raise ApplicationError(
            _("Give the token a name of 1 to 100 characters."), details={"field": "name"}
        )
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown:
        raise ApplicationError(
            _("Unknown scope: %(scopes)s.") % {"scopes": ", ".join(unknown)},
            details={"field": "scopes", "unknown": unknown},
        )
    if not scopes:
        raise ApplicationError(
            _("Choose at least one scope: a token without a scope can do nothing."),
            details={"field": "scopes"},
        )
    expires_at = None
    if expires_in_days is not None:
        if not 1 <= expires_in_days <= MAX_EXPIRY_DAYS:
            raise ApplicationError(
                _("A token expires after 1 to %(days)s days.") % {"days": MAX_EXPIRY_DAYS},
                details={"field": "expires"},
            )
        expires_at = timezone.now() + dt.timedelta(days=expires_in_days)
    key_id = secrets.token_hex(6)
    secret = f"{ApiToken.PREFIX}{key_id}_{secrets.token_urlsafe(24)}"
    token = ApiToken.objects.create(
        user=user,
        name=name,
        key_id=key_id,
        secret_hash=_hash(secret),
        scopes=sorted(set(scopes), key=SCOPES.index),
        event=event,
        created_by=actor if actor is not None and actor.is_authenticated else None,
        expires_at=expires_at,
    )
    return NewToken(token=token, secret=secret)


def token_revoke(*, actor: AnyUser | None, token_id: int) -> ApiToken:
    """Revoke a token (its user or staff; None: the operator at the console). Revoking twice
    is harmless; the first time counts."""
    token = ApiToken.objects.filter(pk=token_id).first()
    if token is None or not (
        actor is None
        or (actor.is_authenticated and (actor.pk == token.user_id or is_secretariat(actor)))
    ):
        raise NotFound()
    with transaction.atomic():
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
    token.refresh_from_db()
    return token


def token_authenticate(secret: str) -> ApiToken | None:
    """The usable token this secret belongs to (not revoked, not expired, its user active),
    or None. Compares hashes in constant time."""
    if not secret.startswith(ApiToken.PREFIX):
        return None
    key_id, _sep, _rest = secret[len(ApiToken.PREFIX) :].partition("_")
    if not key_id or len(key_id) > 16:
        return None
    token = ApiToken.objects.select_related("user").filter(key_id=key_id).first()
    if token is None or not hmac.compare_digest(token.secret_hash, _hash(secret)):
        return None
    now = timezone.now()
    if not token.is_usable(now) or not token.user.is_active or not token.scopes:
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def tokens_of(user: User) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user).select_related("event"))


def tokens_revoke_all(user: User) -> int:
    """Revoke every usable token of ``user`` (their data is being erased); returns how many."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def tokens_all(*, limit: int = 500) -> list[ApiToken]:
    """The most recent tokens of every user, for the staff's list."""
    return list(ApiToken.objects.select_related("user", "event", "created_by")[:limit])
