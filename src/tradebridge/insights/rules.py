"""Who may see and do what in insights. Every access decision of the app lives here."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, is_secretariat

# Charts on the public summary (and their downloads): the statistics series. The dashboard's
# other charts count the platform's own meetings, opportunities and deals: for members.
PUBLIC_CHART_PREFIXES = ("series-",)


def can_manage_series(user: AnyUser) -> bool:
    """Secretariat staff import statistics series."""
    return is_secretariat(user)


def can_view_dashboard(user: AnyUser) -> bool:
    """Signed-in members and staff read the dashboard (figures only, no names)."""
    return bool(user.is_authenticated and user.is_active)


def can_download_chart(user: AnyUser, key: str) -> bool:
    """A public series' data is everyone's; the rest is the dashboard's readers'."""
    return key.startswith(PUBLIC_CHART_PREFIXES) or can_view_dashboard(user)
