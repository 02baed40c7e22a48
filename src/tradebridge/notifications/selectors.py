"""Reads on notifications."""

from __future__ import annotations

from tradebridge.accounts.models import User

from .models import Notification


def notifications_of(user: User, limit: int = 10) -> list[Notification]:
    """The user's latest notifications, newest first."""
    return list(Notification.objects.filter(user=user)[:limit])
