"""Who may see and change webhooks: secretariat staff only (web pages and API alike)."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, is_secretariat


def can_manage_webhooks(user: AnyUser) -> bool:
    """Endpoints, their secrets and what was sent to them are the secretariat's."""
    return is_secretariat(user)
