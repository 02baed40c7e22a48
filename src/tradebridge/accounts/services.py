"""Writes on accounts."""

from __future__ import annotations

from django.db import transaction

from .models import User


@transaction.atomic
def user_sign_up(*, email: str, password: str, full_name: str = "", language: str = "en") -> User:
    """Create an ordinary account (no role yet: staff grant representation or staff status)."""
    return User.objects.create_user(
        email=email, password=password, full_name=full_name, language=language
    )
