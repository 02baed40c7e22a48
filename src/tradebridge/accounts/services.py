"""Writes on accounts: signing up and confirming an e-mail address."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tradebridge.errors import ApplicationError

from .models import User
from .privacy import consent_record
from .tasks import send_account_email

VERIFY_SALT = "tradebridge.accounts.verify"
VERIFY_MAX_AGE = dt.timedelta(days=3)


def user_verification_token(*, user: User) -> str:
    """A signed token naming the account and the address it confirms: it stops working when
    the address changes, and after ``VERIFY_MAX_AGE``."""
    return signing.dumps({"user": user.pk, "email": user.email}, salt=VERIFY_SALT)


@transaction.atomic
def user_sign_up(
    *,
    email: str,
    password: str,
    full_name: str = "",
    language: str = "en",
    consents: Sequence[str] = (),
) -> User | None:
    """Create an ordinary account (no role yet: staff grant representation or staff status),
    unconfirmed until its owner follows the link e-mailed to the address, with the consents
    given on the form (``Consent.Document`` values, in the version in force, read in the
    page's language).

    An address that already has an account gets no second one and no error either: its owner
    is told by e-mail instead, so that the sign-up page does not reveal who has an account.
    Returns the new account, or None for a taken address."""
    email = User.objects.normalize_email(email).strip().lower()
    existing = User.objects.filter(email=email).first()
    if existing is None:
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    email=email,
                    password=password,
                    full_name=full_name,
                    language=language,
                    email_verified=False,
                )
        except IntegrityError:
            # Signed up twice at once: the other request created it.
            existing = User.objects.get(email=email)
        else:
            if consents:
                page_language = "zh-hans" if (get_language() or "").startswith("zh") else "en"
                consent_record(user=user, documents=consents, language=page_language)
            send_account_email.enqueue(user.pk, "verify", user_verification_token(user=user))
            return user
    # Hash as a new account would, so that the time taken does not tell either.
    User().set_password(password)
    send_account_email.enqueue(existing.pk, "taken")
    return None


@transaction.atomic
def user_send_verification(*, actor: User) -> bool:
    """E-mail the signed-in user a new confirmation link; False when there is nothing to
    confirm (the address is confirmed already)."""
    if actor.email_verified:
        return False
    send_account_email.enqueue(actor.pk, "verify", user_verification_token(user=actor))
    return True


@transaction.atomic
def user_verify_email(*, token: str) -> User:
    """Confirm the address a link names. Following it twice is harmless; a link that was
    altered, has expired or names an address the account no longer has is refused."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.SignatureExpired:
        raise ApplicationError(
            _("This confirmation link has expired. Sign in and ask for a new one."),
            code="expired",
        ) from None
    except signing.BadSignature:
        raise ApplicationError(
            _("This confirmation link is not valid. Sign in and ask for a new one."),
            code="invalid_link",
        ) from None
    user = User.objects.filter(pk=data.get("user"), email=data.get("email")).first()
    if user is None:
        raise ApplicationError(
            _("This confirmation link is not valid. Sign in and ask for a new one."),
            code="invalid_link",
        )
    User.objects.filter(pk=user.pk, email_verified=False).update(email_verified=True)
    user.email_verified = True
    return user
