"""What an API caller may do: scopes of personal access tokens, checked by every domain's
endpoints (``require``), the same way for a token and for the site's session.

A request through the API carries either a token (``request.api_token``, set by the API's
authentication in ``tradebridge.api.auth``) or the site's session, or nothing. Scopes only
*narrow*: a token acts as its user, so the domain's rules (``<app>/rules.py``) still decide
what that user may see and do; a scope decides whether the token may try at all. A session
has every scope of its user. Write scopes need a signed-in caller; read scopes serve
anonymous callers the public data the rules show them.

This module sits in the base layer so that every app's ``api.py`` can use it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from .errors import NotAllowed, NotFound, Unauthorized

# Domain → what its scopes cover. Each domain has ``<domain>:read`` and ``<domain>:write``.
DOMAINS: dict[str, str] = {
    "accounts": "the caller's own account: consents, tokens",
    "directory": "organizations, representatives, taxonomy",
    "events": "events and their programme (rooms, speakers, agenda items)",
    "delegations": "delegations and their rosters",
    "registrations": "registrations for events and agenda items",
    "checkin": "check-in at the door and attendance",
    "matchmaking": "sessions, participants, availability, requests, meetings, agendas, outcomes",
    "pool": "the project pool: opportunities, expressions of interest, deals",
    "insights": "statistics series and figures",
    "news": "news articles",
    "webhooks": "webhook endpoints and deliveries (staff)",
}
SCOPES: tuple[str, ...] = tuple(f"{d}:{a}" for d in DOMAINS for a in ("read", "write"))


def is_scope(value: str) -> bool:
    return value in SCOPES


def token_of(request: HttpRequest) -> Any | None:
    """The personal access token the request authenticated with, or None (session or
    anonymous)."""
    return getattr(request, "api_token", None)


def token_event_id(request: HttpRequest) -> int | None:
    """The event a token is limited to (its endpoints show nothing of other events), or None."""
    token = token_of(request)
    return getattr(token, "event_id", None) if token is not None else None


def require(
    request: HttpRequest,
    scope: str,
    *,
    signed_in: bool | None = None,
    event_id: int | None = None,
) -> Any:
    """Check that the caller may use ``scope`` and return the user it acts as (anonymous
    for public reads). ``signed_in`` defaults to True for write scopes. ``event_id``: the
    event the operation concerns; a token limited to another event gets 404 (it may not
    know the object exists)."""
    if scope not in SCOPES:  # a programming error, not the caller's
        raise ValueError(f"unknown scope {scope!r}")
    if signed_in is None:
        signed_in = scope.endswith(":write")
    token = token_of(request)
    if token is not None:
        if scope not in token.scopes:
            raise NotAllowed(
                f"This token lacks the scope {scope}.",
                code="insufficient_scope",
                details={"required": scope, "granted": sorted(token.scopes)},
            )
        if event_id is not None and token.event_id is not None and token.event_id != event_id:
            raise NotFound()
    user = request.user
    if signed_in and not user.is_authenticated:
        raise Unauthorized()
    return user
