"""Writes on accounts."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils.translation import get_language

from .models import User
from .privacy import consent_record


@transaction.atomic
def user_sign_up(
    *,
    email: str,
    password: str,
    full_name: str = "",
    language: str = "en",
    consents: Sequence[str] = (),
) -> User:
    """Create an ordinary account (no role yet: staff grant representation or staff status),
    with the consents given on the form (``Consent.Document`` values, in the version in
    force, read in the page's language)."""
    user = User.objects.create_user(
        email=email, password=password, full_name=full_name, language=language
    )
    if consents:
        page_language = "zh-hans" if (get_language() or "").startswith("zh") else "en"
        consent_record(user=user, documents=consents, language=page_language)
    return user
