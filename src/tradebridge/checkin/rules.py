"""Who may print badges, check people in and see attendance: every access decision of the app,
for the web pages and the API alike. Secretariat staff run the desk. A scanning device uses a
personal access token, which acts as its user: a staff member's token (scope
``checkin:write``, limited to the event) checks people in because its user may; a token
never grants more than its user has."""

from __future__ import annotations

from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.events.models import Event


def can_check_in(user: AnyUser, event: Event | None = None) -> bool:
    """Staff check people in, at a desk or through the API."""
    return is_secretariat(user)


def can_print_badges(user: AnyUser, event: Event | None = None) -> bool:
    """Badges show names, organizations and the check-in codes: staff only."""
    return is_secretariat(user)


def can_see_attendance(user: AnyUser, event: Event | None = None) -> bool:
    """Who came and who did not is for the secretariat."""
    return is_secretariat(user)
