"""Who a user is, for every app's rules: anonymous, signed in, or secretariat staff."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from .models import User

AnyUser = User | AnonymousUser


def is_secretariat(user: AnyUser) -> bool:
    """Secretariat staff run the platform."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)
